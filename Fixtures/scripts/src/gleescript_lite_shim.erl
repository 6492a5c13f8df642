%% gleescript's shim without the application start: finds the package through the
%% GLEESCRIPT_MAIN environment variable and calls its main/0.
-module(gleescript_lite_shim).
-export([main/1]).

main(_) ->
    io:setopts(standard_io, [binary, {encoding, utf8}]),
    io:setopts(standard_error, [{encoding, utf8}]),
    ApplicationModule = list_to_atom(os:getenv("GLEESCRIPT_MAIN")),
    ApplicationModule:main().
