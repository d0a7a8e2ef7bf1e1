// How every export command ends: the total time on success; on failure one clear message
// (what failed, naming the slide or file) and exit code 1, not a stack trace.
export async function runExport(work: () => Promise<void>): Promise<void> {
  const started = Date.now()
  try {
    await work()
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  catch (e) {
    console.error(`\nExport failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
}
