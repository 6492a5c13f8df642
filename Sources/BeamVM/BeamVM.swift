// The BEAM virtual machine: terms, heaps, the interpreter, processes and BIFs.
