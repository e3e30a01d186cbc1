//! How many points of each category and hazard class have been read, kept
//! as counts that move when a point is read: the home screen shows them on
//! every frame, and checking each of 10,000 points against the read set
//! there would cost more than the rest of the frame.

use std::collections::BTreeSet;

use super::Progress;
use crate::content::Guide;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadCounts {
    /// By index into `Guide::categories`.
    categories: Vec<usize>,
    /// By index into `Guide::hazards`.
    hazards: Vec<usize>,
    total: usize,
}

impl ReadCounts {
    /// Counted once, from the ids read: each looked up, so the cost follows
    /// what was read, not the size of the guide. Ids the guide no longer has
    /// (a point removed since) count nowhere.
    pub fn new(guide: &Guide, read: &BTreeSet<String>) -> ReadCounts {
        let mut counts = ReadCounts {
            categories: vec![0; guide.categories.len()],
            hazards: vec![0; guide.hazards.len()],
            total: 0,
        };
        for point in read.iter().filter_map(|id| guide.lookup.point(id)) {
            let point = point.get();
            counts.add(guide, point);
        }
        counts
    }

    /// Marks a point (an index into `Guide::points`) read in `progress`,
    /// counting it if it was not read before: the one way to read a point
    /// that keeps the counts true.
    pub fn mark(&mut self, guide: &Guide, progress: &mut Progress, point: usize) {
        if let Some(p) = guide.points.get(point)
            && progress.read.insert(p.id.to_string())
        {
            self.add(guide, point);
        }
    }

    fn add(&mut self, guide: &Guide, point: usize) {
        let Some(p) = guide.points.get(point) else { return };
        self.total += 1;
        if let Some(n) = guide
            .lookup
            .category(&p.category)
            .and_then(|c| self.categories.get_mut(c))
        {
            *n += 1;
        }
        // A guide has a handful of hazard classes: finding one is no scan of N.
        if let Some(n) = guide
            .hazards
            .iter()
            .position(|h| h.id == p.hazard)
            .and_then(|h| self.hazards.get_mut(h))
        {
            *n += 1;
        }
    }

    /// Points read in a category, by its index.
    pub fn category(&self, category: usize) -> usize {
        self.categories.get(category).copied().unwrap_or(0)
    }

    /// Points read of a hazard class, by its index.
    pub fn hazard(&self, hazard: usize) -> usize {
        self.hazards.get(hazard).copied().unwrap_or(0)
    }

    /// Points of the guide read at all.
    pub fn total(&self) -> usize {
        self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide() -> Guide {
        crate::content::embedded().expect("the shipped guide loads")
    }

    /// What the home screen showed before: every point checked.
    fn counted(guide: &Guide, read: &BTreeSet<String>) -> ReadCounts {
        let is_read = |i: &usize| read.contains(guide.points[*i].id.as_str());
        ReadCounts {
            categories: (0..guide.categories.len())
                .map(|c| guide.lookup.in_category(c).iter().filter(|i| is_read(i)).count())
                .collect(),
            hazards: guide
                .hazards
                .iter()
                .map(|h| guide.lookup.of_hazard(&h.id).iter().filter(|i| is_read(i)).count())
                .collect(),
            total: guide.points.iter().filter(|p| read.contains(p.id.as_str())).count(),
        }
    }

    #[test]
    fn reading_points_moves_the_counts_as_checking_every_point_would() {
        let guide = guide();
        let mut progress = Progress::new();
        progress.read.insert("a-point-removed-since".into());
        let mut counts = ReadCounts::new(&guide, &progress.read);
        assert_eq!(counts, counted(&guide, &progress.read));
        assert_eq!(counts.total(), 0, "an id the guide no longer has counts nowhere");
        for point in [0, 5, 5, 14, guide.points.len() - 1, 0] {
            counts.mark(&guide, &mut progress, point);
            assert_eq!(counts, counted(&guide, &progress.read));
        }
        assert_eq!(counts.total(), 4, "a point read twice counts once");
        assert_eq!(ReadCounts::new(&guide, &progress.read), counts);
    }
}
