try {
  require('./fixtures/bad_syntax');
} catch (e) {
  console.log(e.name);
}
