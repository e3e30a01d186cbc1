//! Ids resolved to indices once, when a guide loads, so that finding a point,
//! a category's points or a hazard's points never scans the whole guide: the
//! cost of a frame or a key stays flat however many points a set has.

use std::collections::HashMap;

use super::model::Guide;

#[derive(Clone, Debug, Default)]
pub struct Lookup {
    points: HashMap<String, usize>,
    categories: HashMap<String, usize>,
    /// Per category (by index), its points' indices in booklet order.
    in_category: Vec<Vec<usize>>,
    /// Per hazard id, its points' indices in guide order.
    of_hazard: HashMap<String, Vec<usize>>,
}

impl Lookup {
    pub fn new(guide: &Guide) -> Lookup {
        let points: HashMap<String, usize> = guide
            .points
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        let in_category = guide
            .categories
            .iter()
            .map(|c| c.points.iter().filter_map(|id| points.get(id).copied()).collect())
            .collect();
        let mut of_hazard: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in guide.points.iter().enumerate() {
            of_hazard.entry(p.hazard.clone()).or_default().push(i);
        }
        Lookup {
            categories: guide
                .categories
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect(),
            points,
            in_category,
            of_hazard,
        }
    }

    pub fn point(&self, id: &str) -> Option<usize> {
        self.points.get(id).copied()
    }

    pub fn category(&self, id: &str) -> Option<usize> {
        self.categories.get(id).copied()
    }

    pub fn in_category(&self, category: usize) -> &[usize] {
        self.in_category.get(category).map_or(&[], Vec::as_slice)
    }

    pub fn of_hazard(&self, hazard: &str) -> &[usize] {
        self.of_hazard.get(hazard).map_or(&[], Vec::as_slice)
    }
}
