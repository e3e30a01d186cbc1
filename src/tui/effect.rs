//! What `update` asks the event loop to do: the things that touch the world
//! (the disk, the process, the terminal) and so cannot happen in `update`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Progress changed: save it, after the frame that shows the change.
    Save,
    Quit,
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    Suspend,
}
