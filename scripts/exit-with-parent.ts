import { Socket } from 'node:net'
import process from 'node:process'
import { isMainThread } from 'node:worker_threads'

// Preloaded (`node --import`) into the servers that spawnWithLifeline starts.
// The parent holds the other end of the pipe on fd 3; when the parent is gone,
// however it went (a crash, a killed test worker), the pipe closes and this
// process follows it instead of serving on with nobody to stop it.
// Worker threads run preloads too, and fd 3 is the process's, not the
// thread's: a worker's lifeline closed it when it saw the pipe close, and the
// main thread's, if it had not looked yet, never did. The main thread's alone.
if (isMainThread) {
  new Socket({ fd: 3, readable: true, writable: false })
    .on('close', () => process.exit(0))
    .on('error', () => process.exit(0))
    .resume()
    .unref()
}
