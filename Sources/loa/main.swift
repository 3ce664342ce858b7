import LoaCLI

// `loa play` plays on the main thread without ArgumentParser, whose reflection costs about 2 ms a run.
if !runPlayQuickly() {
    runLoaMain()
}
