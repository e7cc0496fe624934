// Serve dist/ on 127.0.0.1 from a process of its own, and print its address: how a
// journey serves the game inside a network namespace (`ip netns exec NS node …`), whose
// 127.0.0.1 is its own.
import { serveDist } from './harness.mjs';

const server = await serveDist();
console.log(server.url);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
