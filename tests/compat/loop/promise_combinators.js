const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  console.log(await Promise.all([delay(20, 'a'), delay(5, 'b'), 'c']));
  console.log(await Promise.race([delay(20, 'slow'), delay(5, 'fast')]));
  const settled = await Promise.allSettled([Promise.reject(new Error('no')), delay(1, 'yes')]);
  console.log(settled.map((s) => s.status).join(','));
  console.log(await Promise.any([Promise.reject(new Error('x')), delay(3, 'any')]));
})();
