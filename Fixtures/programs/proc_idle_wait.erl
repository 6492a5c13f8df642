%% Waits three seconds in receive ... after: an idle VM must sleep, not spin.
-module(proc_idle_wait).
-export([main/0]).

main() -> receive never -> unexpected after 3000 -> waited end.
