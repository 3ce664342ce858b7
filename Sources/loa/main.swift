import LoaCLI

await LoaCommand.main()
