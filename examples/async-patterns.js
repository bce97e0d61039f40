// The guide's trio: the same work with a callback, a promise and
// async/await.
const { promisify } = require('util');

function fetchUserCallback(id, callback) {
  setTimeout(() => {
    if (id <= 0) callback(new Error(`invalid id ${id}`));
    else callback(null, { id, name: `user${id}` });
  }, 5);
}

const fetchUserPromise = promisify(fetchUserCallback);

async function fetchUsers(ids) {
  const users = [];
  for (const id of ids) users.push(await fetchUserPromise(id));
  return users;
}

fetchUserCallback(1, (err, user) => {
  if (err) return console.log('callback error:', err.message);
  console.log('callback:', user);

  fetchUserPromise(2)
    .then((user2) => console.log('promise:', user2))
    .then(() => fetchUserPromise(0))
    .catch((e) => console.log('promise error:', e.message))
    .then(async () => {
      console.log('async/await:', await fetchUsers([3, 4]));
      try {
        await fetchUsers([5, -1]);
      } catch (e) {
        console.log('async/await error:', e.message);
      }
    });
});
