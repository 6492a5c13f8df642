import BeamrCommand

BeamrEntry.main()
