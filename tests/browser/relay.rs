//! A TCP relay between the browser and the app that a test can cut, as pulling the network
//! cable does: while cut, no connection gets through and those open are closed, whoever makes
//! them (the page, or its service worker). DevTools' "offline" emulation alone applies to the
//! page's own requests only; a request the service worker passes on could still reach the
//! server.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::AbortHandle;

pub struct Relay {
    /// `http://127.0.0.1:PORT`, where the browser reaches the app through the relay.
    pub address: String,
    cut: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<AbortHandle>>>,
    accepting: AbortHandle,
}

impl Relay {
    /// Relays to the app at `target` (`http://host:port`).
    pub async fn start(target: &str) -> Relay {
        let target = target
            .strip_prefix("http://")
            .expect("an http:// address")
            .to_owned();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind relay");
        let address = format!("http://{}", listener.local_addr().expect("local address"));
        let cut = Arc::new(AtomicBool::new(false));
        let open: Arc<Mutex<Vec<AbortHandle>>> = Arc::default();
        let accepting = {
            let (cut, open) = (cut.clone(), open.clone());
            tokio::spawn(async move {
                while let Ok((mut inbound, _)) = listener.accept().await {
                    if cut.load(Ordering::SeqCst) {
                        continue; // dropped: the browser sees the connection closed
                    }
                    let target = target.clone();
                    let relayed = tokio::spawn(async move {
                        if let Ok(mut outbound) = TcpStream::connect(&target).await {
                            let _ =
                                tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                        }
                    });
                    let mut open = open.lock().expect("lock");
                    open.retain(|task| !task.is_finished());
                    open.push(relayed.abort_handle());
                }
            })
            .abort_handle()
        };
        Relay {
            address,
            cut,
            open,
            accepting,
        }
    }

    /// Cuts the line (closing every open connection), or joins it again.
    pub fn set_cut(&self, cut: bool) {
        self.cut.store(cut, Ordering::SeqCst);
        if cut {
            for task in self.open.lock().expect("lock").drain(..) {
                task.abort();
            }
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.accepting.abort();
        self.set_cut(true);
    }
}
