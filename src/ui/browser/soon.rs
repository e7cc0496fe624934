//! Work that can wait until the browser has shown what the facilitator just did. The
//! save and the messages to other windows run in a task of their own after the click's,
//! so an action's effect reaches the screen within a frame (issue 15); changes made in
//! a row are handled once. Leaving the page does the waiting work at once (`take`).
//!
//! The task is a message posted to the page itself, not a timer: the browser holds the
//! timers of a window it thinks is in the background back for up to a second, and a
//! control window behind the projector's must still save and answer its tablets at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{MessageChannel, MessagePort};

#[derive(Clone, Default)]
pub struct Soon(Rc<Cell<bool>>);

impl Soon {
    /// Run `work` in a task of its own, unless work is already waiting to run (it reads
    /// the state when it runs, so one run serves every change made before it).
    pub fn run(&self, work: impl FnOnce() + 'static) {
        if self.0.replace(true) {
            return;
        }
        let waiting = Rc::clone(&self.0);
        in_next_task(move || {
            if waiting.replace(false) {
                work();
            }
        });
    }

    /// Whether work was waiting; it no longer is, so the caller does it now.
    pub fn take(&self) -> bool {
        self.0.replace(false)
    }
}

type Work = Box<dyn FnOnce()>;

/// One channel for the page: each message runs the oldest waiting work.
struct NextTask {
    port: MessagePort,
    /// Held so the browser cannot collect the receiving end while it waits.
    _receiver: MessagePort,
    queue: Rc<RefCell<VecDeque<Work>>>,
    _on_message: Closure<dyn FnMut()>,
}

thread_local! {
    static NEXT_TASK: Option<NextTask> = NextTask::new();
}

impl NextTask {
    fn new() -> Option<NextTask> {
        let channel = MessageChannel::new().ok()?;
        let queue: Rc<RefCell<VecDeque<Work>>> = Rc::default();
        let waiting = Rc::clone(&queue);
        let on_message = Closure::<dyn FnMut()>::new(move || {
            // Taken out first: the work may ask for more work.
            let next = waiting.borrow_mut().pop_front();
            if let Some(work) = next {
                work();
            }
        });
        let receiver = channel.port1();
        receiver.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(NextTask {
            port: channel.port2(),
            _receiver: receiver,
            queue,
            _on_message: on_message,
        })
    }
}

fn in_next_task(work: impl FnOnce() + 'static) {
    NEXT_TASK.with(|next| match next {
        Some(next) if next.port.post_message(&JsValue::NULL).is_ok() => {
            next.queue.borrow_mut().push_back(Box::new(work));
        }
        // No channel (never in a browser that runs this app): do it now.
        _ => work(),
    });
}
