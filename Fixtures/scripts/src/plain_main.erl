%% A program with main/0 (Gleam's convention): reads its arguments from init.
-module(plain_main).
-export([main/0]).

main() ->
    io:format("plain ~p~n", [init:get_plain_arguments()]),
    {done, length(init:get_plain_arguments())}.
