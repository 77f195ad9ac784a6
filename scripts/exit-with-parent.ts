import { Socket } from 'node:net'
import process from 'node:process'

// Preloaded (`node --import`) into the servers that spawnSlidevServer starts. The
// parent holds the other end of the pipe on fd 3; when the parent is gone,
// however it went (a crash, a killed test worker), the pipe closes and this
// process follows it instead of serving on with nobody to stop it.
new Socket({ fd: 3, readable: true, writable: false })
  .on('close', () => process.exit(0))
  .on('error', () => process.exit(0))
  .resume()
  .unref()
