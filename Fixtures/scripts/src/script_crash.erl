%% An escript entry that fails: escript reports the exception and exits with 127.
-module(script_crash).
-export([main/1]).

main(Args) ->
    io:format("before ~p~n", [length(Args)]),
    pick(length(Args)).

pick(N) -> lists:nth(N + 5, [a]).
