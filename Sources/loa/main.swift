import LoaCLI

await runLoa()
