import BeamrCommand

Beamr.main()
