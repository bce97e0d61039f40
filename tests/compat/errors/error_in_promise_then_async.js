async function work() {
  await null;
  throw new TypeError('async failure');
}
work().catch((e) => console.log(e.name, e.message));
