// A CPU-heavy batch job that stays polite: it processes a slice of work,
// then yields to the event loop with setImmediate so timers and I/O keep
// being served between slices.
const TOTAL = 1_000_000;
const SLICE = 50_000;

let sum = 0;
let heartbeats = 0;
const heartbeat = setInterval(() => heartbeats++, 1);

function processSlice(start) {
  const end = Math.min(start + SLICE, TOTAL);
  for (let i = start; i < end; i++) sum += i % 7;
  if (end < TOTAL) {
    setImmediate(processSlice, end);
  } else {
    clearInterval(heartbeat);
    console.log(`processed ${TOTAL} items in ${TOTAL / SLICE} slices, sum = ${sum}`);
    console.log(`the loop stayed responsive: ${heartbeats > 0 ? 'yes' : 'no'}`);
  }
}

processSlice(0);
