%% erlang:display/1 writes terms with the emulator's own printer: atoms (quoted, with
%% escapes and three-digit octal for control characters), numbers, tuples, lists, maps,
%% binaries and external funs.
-module(bif_display).
-export([main/0]).

main() ->
    [erlang:display(T) || T <- [ok, 'Hello', 'a b', 'it\'s', 'tab\there', list_to_atom([1, 120]),
                                'and', 'x@y', '', 42, -7, 1 bsl 70, 1.5, {a, [1, 2 | 3]},
                                #{k => v}, <<1, 2, 3>>, "text", fun lists:map/2]],
    done.
