//! Walking through a drill: where the reader is, what they may choose, what
//! they chose and how it ended. Pure: the TUI, the plain command line and
//! the tests all drive the same walk.

use crate::content::{Choice, Drill, DrillStep, Ending, Next, Outcome};

/// One choice made: indices into the drill's steps and that step's choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub step: usize,
    pub choice: usize,
}

/// A walk through one drill. It holds indices only, so it can live in any
/// state that outlives a borrow of the guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    at: Next,
    path: Vec<Move>,
}

impl Walk {
    pub fn new(drill: &Drill) -> Walk {
        Walk {
            at: Next::Step(drill.start),
            path: Vec::new(),
        }
    }

    /// The step to decide on, or `None` once the drill has ended.
    pub fn step<'d>(&self, drill: &'d Drill) -> Option<&'d DrillStep> {
        match self.at {
            Next::Step(i) => drill.steps.get(i),
            Next::Ending(_) => None,
        }
    }

    /// The choices on offer now (none once ended).
    pub fn choices<'d>(&self, drill: &'d Drill) -> &'d [Choice] {
        self.step(drill).map_or(&[], |s| s.choices.as_slice())
    }

    /// Takes choice `index` of the current step and returns it, for its
    /// feedback; `None` (and nothing changes) if there is no such choice.
    pub fn choose<'d>(&mut self, drill: &'d Drill, index: usize) -> Option<&'d Choice> {
        let Next::Step(step) = self.at else { return None };
        let choice = drill.steps.get(step)?.choices.get(index)?;
        self.path.push(Move { step, choice: index });
        self.at = choice.next;
        Some(choice)
    }

    /// The choice made last, with the step it was made on.
    pub fn last<'d>(&self, drill: &'d Drill) -> Option<(&'d DrillStep, &'d Choice)> {
        self.path.last().and_then(|m| resolve(drill, *m))
    }

    /// Every choice made, in order, with its step.
    pub fn path<'d>(&self, drill: &'d Drill) -> Vec<(&'d DrillStep, &'d Choice)> {
        self.path.iter().filter_map(|m| resolve(drill, *m)).collect()
    }

    pub fn moves(&self) -> &[Move] {
        &self.path
    }

    /// How it ended, once it has.
    pub fn ending<'d>(&self, drill: &'d Drill) -> Option<&'d Ending> {
        match self.at {
            Next::Ending(i) => drill.endings.get(i),
            Next::Step(_) => None,
        }
    }

    pub fn outcome(&self, drill: &Drill) -> Option<Outcome> {
        self.ending(drill).map(|e| e.outcome)
    }

    pub fn finished(&self) -> bool {
        matches!(self.at, Next::Ending(_))
    }

    /// Choices made that were good, out of all made.
    pub fn score(&self, drill: &Drill) -> (usize, usize) {
        let path = self.path(drill);
        (path.iter().filter(|(_, c)| c.good).count(), path.len())
    }
}

fn resolve(drill: &Drill, m: Move) -> Option<(&DrillStep, &Choice)> {
    let step = drill.steps.get(m.step)?;
    Some((step, step.choices.get(m.choice)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drill() -> Drill {
        let Ok(guide) = crate::content::embedded() else {
            unreachable!("the shipped guide loads")
        };
        guide
            .drill("choking")
            .cloned()
            .unwrap_or_else(|| unreachable!("choking drill"))
    }

    fn index(drill: &Drill, walk: &Walk, id: &str) -> usize {
        walk.choices(drill)
            .iter()
            .position(|c| c.id == id)
            .unwrap_or(usize::MAX)
    }

    #[test]
    fn good_moves_all_the_way_end_safe_and_the_path_records_them() {
        let d = drill();
        let mut walk = Walk::new(&d);
        assert_eq!(walk.step(&d).map(|s| s.id.as_str()), Some("dinner"));
        for id in ["act-now", "five-blows", "abdominal-thrusts", "keep-alternating"] {
            let i = index(&d, &walk, id);
            let choice = walk.choose(&d, i).map(|c| (c.id.as_str(), c.good));
            assert_eq!(choice, Some((id, true)));
        }
        assert!(walk.finished());
        assert!(walk.choices(&d).is_empty());
        assert_eq!(walk.outcome(&d), Some(Outcome::Safe));
        assert_eq!(walk.score(&d), (4, 4));
        let path: Vec<_> = walk
            .path(&d)
            .iter()
            .map(|(s, c)| format!("{}/{}", s.id, c.id))
            .collect();
        assert_eq!(
            path,
            [
                "dinner/act-now",
                "back-blows/five-blows",
                "thrusts/abdominal-thrusts",
                "again/keep-alternating"
            ]
        );
    }

    #[test]
    fn a_poor_move_is_recorded_with_its_feedback_and_leads_on() {
        let d = drill();
        let mut walk = Walk::new(&d);
        let i = index(&d, &walk, "water");
        let fed = walk.choose(&d, i).map(|c| c.good);
        assert_eq!(fed, Some(false));
        assert_eq!(walk.step(&d).map(|s| s.id.as_str()), Some("worse"));
        assert_eq!(
            walk.last(&d).map(|(s, c)| (s.id.as_str(), c.id.as_str())),
            Some(("dinner", "water"))
        );
        let i = index(&d, &walk, "let-go");
        walk.choose(&d, i);
        assert_eq!(walk.outcome(&d), Some(Outcome::Worse));
        assert_eq!(walk.score(&d), (0, 2));
    }

    #[test]
    fn a_choice_that_does_not_exist_changes_nothing() {
        let d = drill();
        let mut walk = Walk::new(&d);
        let before = walk.clone();
        assert!(walk.choose(&d, 9).is_none());
        assert_eq!(walk, before);
    }
}
