%% What gleescript puts in every escript it writes (its src/gleescript_main_shim.erl): the
%% escript's main module, which starts the package's application and calls its main/0,
%% the package being named by the GLEESCRIPT_MAIN environment variable.
-module(gleescript_main_shim).
-export([main/1]).

main(_) ->
    io:setopts(standard_io, [binary, {encoding, utf8}]),
    io:setopts(standard_error, [{encoding, utf8}]),
    ApplicationModule = list_to_atom(os:getenv("GLEESCRIPT_MAIN")),
    {ok, _} = application:ensure_all_started(ApplicationModule),
    ApplicationModule:main().
