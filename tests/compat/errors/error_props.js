try {
  setTimeout(123);
} catch (e) {
  console.log(e instanceof TypeError, e.code, e.name);
  console.log(e.stack.split('\n')[0]);
}
