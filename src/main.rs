//! The `ready` binary: parse the command line and hand off.

fn main() -> std::process::ExitCode {
    ready::cli::main()
}
