%% The entry of an archive escript: calls a second module of the archive.
-module(script_multi).
-export([main/1]).

main(Args) ->
    io:format("~s~n", [script_helper:shout(Args)]).
