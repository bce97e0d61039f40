const items = Array.from({ length: 10 }, (_, i) => i + 1);
let total = 0;
let ticksSeen = 0;
const ticker = setInterval(() => ticksSeen++, 0);
function processBatch(start) {
  for (let i = start; i < Math.min(start + 3, items.length); i++) total += items[i];
  if (start + 3 < items.length) setImmediate(processBatch, start + 3);
  else {
    clearInterval(ticker);
    console.log('total', total, 'yielded', ticksSeen >= 0);
  }
}
processBatch(0);
