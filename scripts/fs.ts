import { rename, rm, writeFile } from 'node:fs/promises'
import process from 'node:process'

/**
 * Writes next to the target, then renames over it: a reader (Slidev's
 * watcher, an editor) never sees half a file, and a failed write leaves the
 * old one. `tag` tells concurrent writers of one file apart.
 */
export async function writeAtomically(file: string, content: string, tag: string | number = process.pid): Promise<void> {
  const tmp = `${file}.${tag}.tmp`
  try {
    await writeFile(tmp, content)
    await rename(tmp, file)
  }
  finally {
    await rm(tmp, { force: true })
  }
}
