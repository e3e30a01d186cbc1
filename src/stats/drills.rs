//! Which wrong move people make first in each drill: the office's answer
//! to "where do visitors go wrong before anything else?".

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::Guide;

/// A drill's most common wrong first move.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WrongFirst {
    /// Indexes into the guide's drills and the start step's choices.
    pub drill: usize,
    pub choice: usize,
    /// How many first moves were this choice, and how many first moves
    /// the drill had in all.
    pub count: usize,
    pub first_moves: usize,
}

/// First moves, counted per (drill, choice of its start step).
#[derive(Default)]
pub struct FirstMoves(BTreeMap<usize, BTreeMap<usize, usize>>);

impl FirstMoves {
    /// Counts one drill choice; returns false if the guide has no such
    /// drill, step or choice. Choices after the first are known, not counted.
    pub fn add(&mut self, guide: &Guide, drill: &str, step: &str, choice: &str) -> bool {
        let Some(d) = guide.drill_index(drill) else {
            return false;
        };
        let found = &guide.drills[d];
        let Some(s) = found.steps.iter().position(|x| x.id == step) else {
            return false;
        };
        let Some(c) = found.steps[s].choices.iter().position(|x| x.id == choice) else {
            return false;
        };
        if s == found.start {
            *self.0.entry(d).or_default().entry(c).or_default() += 1;
        }
        true
    }

    /// Per drill (in the guide's order), its most common poor first move;
    /// drills where nobody started wrong are left out. Whether a move is
    /// poor is what the guide says now, so a drill's fix shows at once.
    pub fn wrong_first(self, guide: &Guide) -> Vec<WrongFirst> {
        self.0
            .into_iter()
            .filter_map(|(drill, counts)| {
                let d = &guide.drills[drill];
                let choices = &d.steps[d.start].choices;
                let first_moves = counts.values().sum();
                counts
                    .iter()
                    .filter(|(c, _)| !choices[**c].good)
                    // The most chosen; among equals, the first listed.
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(&choice, &count)| WrongFirst {
                        drill,
                        choice,
                        count,
                        first_moves,
                    })
            })
            .collect()
    }
}
