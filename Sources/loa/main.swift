import LoaCLI

LoaCommand.main()
