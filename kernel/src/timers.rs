//! The timer heap: deadlines in milliseconds, equal deadlines in start order.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes timer ids (distinct counter values) with one multiplication:
/// a timer is looked up several times per fire, and SipHash showed in
/// profiles of 100k timeouts.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, id: u64) {
        self.0 = id.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

struct Timer {
    seq: u64,
    repeat: Option<u64>,
    referenced: bool,
}

/// A min-heap of timers with lazy deletion: a stopped or restarted timer's
/// old heap entry is skipped when it reaches the top.
#[derive(Default)]
pub(crate) struct TimerHeap {
    heap: BinaryHeap<Reverse<(u64, u64, u64)>>,
    timers: HashMap<u64, Timer, BuildHasherDefault<IdHasher>>,
    next_seq: u64,
    referenced: usize,
    /// The repeating timer whose callback is running, until the callback
    /// stops or restarts it: (id, repeat ms, referenced).
    fired: Option<(u64, u64, bool)>,
}

impl TimerHeap {
    pub(crate) fn start(&mut self, token: u64, deadline: u64, repeat: Option<u64>, referenced: bool) {
        self.stop(token);
        let seq = self.next_seq;
        self.next_seq += 1;
        self.heap.push(Reverse((deadline, seq, token)));
        self.referenced += referenced as usize;
        self.timers.insert(token, Timer { seq, repeat, referenced });
    }

    pub(crate) fn stop(&mut self, token: u64) {
        if self.fired.is_some_and(|(id, _, _)| id == token) {
            self.fired = None;
        }
        if let Some(old) = self.timers.remove(&token) {
            self.referenced -= old.referenced as usize;
        }
    }

    /// Arms the repeating timer that last fired again, `repeat` ms after
    /// the time `now` gives, unless its callback stopped or restarted it
    /// (`now` is asked only then: one-shot timers cost no clock read).
    pub(crate) fn rearm_fired(&mut self, now: impl FnOnce() -> u64) {
        if let Some((id, repeat, referenced)) = self.fired.take() {
            self.start(id, now().saturating_add(repeat), Some(repeat), referenced);
        }
    }

    pub(crate) fn set_ref(&mut self, token: u64, referenced: bool) {
        if let Some((id, _, on)) = &mut self.fired {
            if *id == token {
                *on = referenced;
            }
        }
        if let Some(timer) = self.timers.get_mut(&token) {
            if timer.referenced != referenced {
                timer.referenced = referenced;
                if referenced {
                    self.referenced += 1;
                } else {
                    self.referenced -= 1;
                }
            }
        }
    }

    /// Whether any live timer keeps the loop alive.
    pub(crate) fn has_referenced(&self) -> bool {
        self.referenced > 0
    }

    /// The earliest live deadline.
    pub(crate) fn next_deadline(&mut self) -> Option<u64> {
        self.discard_stale();
        self.heap.peek().map(|Reverse((deadline, _, _))| *deadline)
    }

    /// Removes and returns the earliest timer whose deadline is at or before
    /// `now`.
    pub(crate) fn pop_due(&mut self, now: u64) -> Option<u64> {
        self.discard_stale();
        let Reverse((deadline, _, token)) = *self.heap.peek()?;
        if deadline > now {
            return None;
        }
        self.heap.pop();
        // discard_stale left a live timer on top.
        let timer = self.timers.remove(&token)?;
        self.referenced -= timer.referenced as usize;
        self.fired = timer.repeat.map(|repeat| (token, repeat, timer.referenced));
        Some(token)
    }

    fn discard_stale(&mut self) {
        while let Some(Reverse((_, seq, token))) = self.heap.peek() {
            match self.timers.get(token) {
                Some(timer) if timer.seq == *seq => break,
                _ => {
                    self.heap.pop();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TimerHeap;

    #[test]
    fn equal_deadlines_fire_in_start_order() {
        let mut heap = TimerHeap::default();
        heap.start(3, 10, None, true);
        heap.start(1, 10, None, true);
        heap.start(2, 5, None, true);
        let fired: Vec<_> = std::iter::from_fn(|| heap.pop_due(10)).collect();
        assert_eq!(fired, vec![2, 3, 1]);
    }

    #[test]
    fn restart_and_stop_discard_old_entries() {
        let mut heap = TimerHeap::default();
        heap.start(1, 5, None, true);
        heap.start(2, 6, None, false);
        heap.start(1, 20, None, true);
        assert_eq!(heap.next_deadline(), Some(6));
        heap.stop(2);
        assert_eq!(heap.next_deadline(), Some(20));
        assert!(heap.has_referenced());
        heap.set_ref(1, false);
        assert!(!heap.has_referenced());
        assert_eq!(heap.pop_due(19), None);
        assert_eq!(heap.pop_due(20), Some(1));
        assert_eq!(heap.next_deadline(), None);
    }

    #[test]
    fn a_fired_interval_is_armed_again_unless_its_callback_stops_it() {
        let mut heap = TimerHeap::default();
        heap.start(1, 5, Some(10), false);
        assert_eq!(heap.pop_due(5), Some(1));
        heap.set_ref(1, true);
        heap.rearm_fired(|| 7);
        assert_eq!(heap.next_deadline(), Some(17));
        assert!(heap.has_referenced(), "a ref() during the callback is kept");
        assert_eq!(heap.pop_due(17), Some(1));
        heap.stop(1);
        heap.rearm_fired(|| 18);
        assert_eq!(heap.next_deadline(), None, "a stopped interval stays stopped");
        heap.start(2, 0, Some(10), true);
        assert_eq!(heap.pop_due(0), Some(2));
        heap.start(2, 3, Some(10), true);
        heap.rearm_fired(|| 1);
        assert_eq!(heap.next_deadline(), Some(3), "a restart during the callback wins");
        heap.start(3, 0, None, true);
        assert_eq!(heap.pop_due(3), Some(3));
        heap.rearm_fired(|| 3);
        assert_eq!(heap.next_deadline(), Some(3), "a one-shot timer is not armed again");
        assert_eq!(heap.pop_due(3), Some(2));
        heap.rearm_fired(|| 3);
        assert_eq!(heap.next_deadline(), Some(13));
    }
}
