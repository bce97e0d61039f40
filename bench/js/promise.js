// 1M awaited promises.
(async () => {
  let sum = 0;
  for (let i = 0; i < 1_000_000; i++) sum += await Promise.resolve(i);
  if (sum !== 499999500000) throw new Error('wrong sum');
})();
