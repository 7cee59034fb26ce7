//! The compiled `porter` binary, started against the fake Discord for a test.

use std::process::{Child, Command, ExitStatus, Stdio};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

use super::fake_discord::FakeDiscord;
use super::{SHARD_WAIT, TOKEN};

/// A `porter` binary started in a directory of its own, its output in `porter.log` there;
/// killed if the test ends before it exits.
pub struct Porter {
    child: Option<Child>,
    dir: tempfile::TempDir,
}

impl Porter {
    /// Starts `porter` with `args`, the environment pointing at `fake` and the database
    /// `database_url`, plus `env`.
    pub fn start(
        fake: &FakeDiscord,
        database_url: &str,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let log = std::fs::File::create(dir.path().join("porter.log")).expect("a log file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_porter"));
        command
            .current_dir(dir.path())
            .env_clear()
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_API_URL", fake.url())
            .env("DATABASE_URL", database_url)
            .env("RUST_LOG", "info")
            .args(args);
        for (key, value) in env {
            command.env(key, value);
        }
        let child = command
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("the log file"))
            .stderr(log)
            .spawn()
            .expect("porter starts");
        Self {
            child: Some(child),
            dir,
        }
    }

    /// What it printed so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("porter.log")).expect("porter's log")
    }

    /// Sends `signal`.
    pub fn signal(&self, signal: Signal) {
        let child = self.child.as_ref().expect("a running porter");
        kill(Pid::from_raw(child.id() as i32), signal).expect("the signal is sent");
    }

    /// Waits for it to end, up to [`SHARD_WAIT`]; its status and log.
    pub async fn exit(mut self) -> (ExitStatus, String) {
        let mut child = self.child.take().expect("a running porter");
        let pid = child.id();
        let waiting = tokio::task::spawn_blocking(move || child.wait().expect("wait for porter"));
        match tokio::time::timeout(SHARD_WAIT, waiting).await {
            Ok(status) => (status.expect("the waiting task"), self.log()),
            Err(_) => {
                let _ = kill(Pid::from_raw(pid as i32), Signal::SIGKILL);
                panic!("porter did not exit in time:\n{}", self.log());
            }
        }
    }
}

impl Drop for Porter {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
