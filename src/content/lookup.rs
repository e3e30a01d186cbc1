//! Ids resolved to indices once, when a guide loads, so that finding a point,
//! a checklist, a drill, a category's points or a hazard's points never
//! scans the whole guide: the cost of a frame or a key stays flat however
//! many points a set has.

use std::collections::HashMap;

use super::borrowed::Str;
use super::drill::Drill;
use super::model::{Category, Checklist, Guide, Hazard, Point};

/// A point's place in `Guide::points`. Only a lookup hands them out, so a
/// count, a row or a drill's index cannot be taken for a point by mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PointIx(usize);

impl PointIx {
    /// The plain index, for the places (the TUI's state) that keep one.
    pub fn get(self) -> usize {
        self.0
    }
}

#[derive(Clone, Debug, Default)]
pub struct Lookup {
    points: HashMap<Str, PointIx>,
    categories: HashMap<Str, usize>,
    hazards: HashMap<Str, usize>,
    checklists: HashMap<Str, usize>,
    drills: HashMap<Str, usize>,
    /// Per category (by index), its points' indices in booklet order.
    in_category: Vec<Vec<usize>>,
    /// Per hazard id, its points' indices in guide order.
    of_hazard: HashMap<Str, Vec<usize>>,
    /// Per point (by index), its related points that exist, in its order.
    related: Vec<Vec<PointIx>>,
    /// Per point (by index), the drills that rehearse it, in list order.
    drills_for: Vec<Vec<usize>>,
}

/// Each item's id mapped to its position; on a repeated id the first wins,
/// as a scan from the front would have found it.
fn positions<'a>(ids: impl Iterator<Item = &'a Str>) -> HashMap<Str, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.clone()).or_insert(i);
    }
    map
}

impl Lookup {
    pub fn new(guide: &Guide) -> Lookup {
        let points: HashMap<Str, PointIx> = positions(guide.points.iter().map(|p| &p.id))
            .into_iter()
            .map(|(id, i)| (id, PointIx(i)))
            .collect();
        let in_category = guide
            .categories
            .iter()
            .map(|c| c.points.iter().filter_map(|id| points.get(id).map(|p| p.0)).collect())
            .collect();
        let mut of_hazard: HashMap<Str, Vec<usize>> = HashMap::new();
        for (i, p) in guide.points.iter().enumerate() {
            of_hazard.entry(p.hazard.clone()).or_default().push(i);
        }
        let related = guide
            .points
            .iter()
            .map(|p| p.related.iter().filter_map(|id| points.get(id).copied()).collect())
            .collect();
        let mut drills_for = vec![Vec::new(); guide.points.len()];
        for (d, drill) in guide.drills.iter().enumerate() {
            for id in &drill.rehearses {
                if let Some(list) = points.get(id).and_then(|p| drills_for.get_mut(p.0))
                    && !list.contains(&d)
                {
                    list.push(d);
                }
            }
        }
        Lookup {
            categories: positions(guide.categories.iter().map(|c| &c.id)),
            hazards: positions(guide.hazards.iter().map(|h| &h.id)),
            checklists: positions(guide.checklists.iter().map(|c| &c.id)),
            drills: positions(guide.drills.iter().map(|d| &d.id)),
            points,
            in_category,
            of_hazard,
            related,
            drills_for,
        }
    }

    pub fn point(&self, id: &str) -> Option<PointIx> {
        self.points.get(id).copied()
    }

    pub fn category(&self, id: &str) -> Option<usize> {
        self.categories.get(id).copied()
    }

    pub fn hazard(&self, id: &str) -> Option<usize> {
        self.hazards.get(id).copied()
    }

    pub fn checklist(&self, id: &str) -> Option<usize> {
        self.checklists.get(id).copied()
    }

    pub fn drill(&self, id: &str) -> Option<usize> {
        self.drills.get(id).copied()
    }

    pub fn in_category(&self, category: usize) -> &[usize] {
        self.in_category.get(category).map_or(&[], Vec::as_slice)
    }

    pub fn of_hazard(&self, hazard: &str) -> &[usize] {
        self.of_hazard.get(hazard).map_or(&[], Vec::as_slice)
    }

    pub fn related(&self, point: PointIx) -> &[PointIx] {
        self.related.get(point.0).map_or(&[], Vec::as_slice)
    }

    /// Indices into `Guide::drills`.
    pub fn drills_for(&self, point: PointIx) -> &[usize] {
        self.drills_for.get(point.0).map_or(&[], Vec::as_slice)
    }
}

impl Guide {
    /// Resolves ids to indices; every way of loading a guide ends with this.
    pub fn index(&mut self) {
        self.lookup = Lookup::new(self);
    }

    /// The index of a point in `points`.
    pub fn point_index(&self, id: &str) -> Option<usize> {
        self.lookup.point(id).map(PointIx::get)
    }

    /// A point's typed index, for what keeps it beyond one look-up.
    pub fn point_ix(&self, id: &str) -> Option<PointIx> {
        self.lookup.point(id)
    }

    /// The point at a typed index. Indices come from this guide's own
    /// lookup, so one is always in range.
    pub fn point_at(&self, ix: PointIx) -> &Point {
        &self.points[ix.get()]
    }

    pub fn point(&self, id: &str) -> Option<&Point> {
        self.point_index(id).and_then(|i| self.points.get(i))
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.lookup.category(id).and_then(|i| self.categories.get(i))
    }

    pub fn hazard(&self, id: &str) -> Option<&Hazard> {
        self.lookup.hazard(id).and_then(|i| self.hazards.get(i))
    }

    /// The index of a checklist in `checklists`.
    pub fn checklist_index(&self, id: &str) -> Option<usize> {
        self.lookup.checklist(id)
    }

    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklist_index(id).and_then(|i| self.checklists.get(i))
    }

    /// The index of a drill in `drills`.
    pub fn drill_index(&self, id: &str) -> Option<usize> {
        self.lookup.drill(id)
    }

    pub fn drill(&self, id: &str) -> Option<&Drill> {
        self.drill_index(id).and_then(|i| self.drills.get(i))
    }

    /// The indices in `drills` of those that rehearse a point, in list order.
    pub fn drill_indices_for(&self, point: &str) -> &[usize] {
        self.point_ix(point).map_or(&[], |p| self.lookup.drills_for(p))
    }

    /// The drills that rehearse a point, in the order they are listed.
    pub fn drills_for<'g>(&'g self, point: &str) -> impl Iterator<Item = &'g Drill> {
        self.drill_indices_for(point).iter().filter_map(|&i| self.drills.get(i))
    }

    /// The points of a category, in booklet order.
    pub fn points_in<'g>(&'g self, category: &'g Category) -> impl Iterator<Item = &'g Point> {
        let indices = self
            .lookup
            .category(&category.id)
            .map_or(&[][..], |c| self.lookup.in_category(c));
        indices.iter().filter_map(|&i| self.points.get(i))
    }

    /// The points of a hazard class, in booklet order.
    pub fn points_of_hazard<'g>(&'g self, hazard: &'g str) -> impl Iterator<Item = &'g Point> {
        self.lookup.of_hazard(hazard).iter().filter_map(|&i| self.points.get(i))
    }
}

#[cfg(test)]
mod tests {
    use crate::content::embedded;

    #[test]
    fn every_id_finds_its_own_item_and_an_unknown_one_finds_nothing() {
        let g = embedded().unwrap();
        for (i, c) in g.checklists.iter().enumerate() {
            assert_eq!(g.checklist_index(&c.id), Some(i));
        }
        for (i, d) in g.drills.iter().enumerate() {
            assert_eq!(g.drill_index(&d.id), Some(i));
        }
        for h in &g.hazards {
            assert_eq!(g.hazard(&h.id).map(|x| &x.id), Some(&h.id));
        }
        for (i, p) in g.points.iter().enumerate() {
            let ix = g.point_ix(&p.id).unwrap();
            assert_eq!((ix.get(), &g.point_at(ix).id), (i, &p.id));
        }
        assert!(g.checklist_index("nope").is_none() && g.drill("nope").is_none() && g.hazard("nope").is_none());
    }

    #[test]
    fn a_point_knows_its_drills_and_related_points_in_their_listed_order() {
        let g = embedded().unwrap();
        for point in &g.points {
            let scanned: Vec<&str> = g
                .drills
                .iter()
                .filter(|d| d.rehearses.contains(&point.id))
                .map(|d| d.id.as_str())
                .collect();
            let found: Vec<&str> = g.drills_for(&point.id).map(|d| d.id.as_str()).collect();
            assert_eq!(found, scanned, "{}", point.id);
            let ix = g.point_ix(&point.id).unwrap();
            let related: Vec<&str> = g
                .lookup
                .related(ix)
                .iter()
                .map(|&r| g.point_at(r).id.as_str())
                .collect();
            assert_eq!(related, point.related, "{}", point.id);
        }
        assert!(
            g.drills_for("choking").next().is_some(),
            "the shipped set rehearses choking"
        );
    }
}
