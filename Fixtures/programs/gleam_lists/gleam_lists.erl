%% A Gleam-shaped program using its own list library module
%% (gleam_lists@list, written the way Gleam's standard library compiles):
%% map/filter/fold loops with accumulators and lists:reverse, range, zip,
%% sort by merge, unique, and anonymous functions capturing variables.
-module(gleam_lists).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_lists.gleam").
-export([main/0]).

-file("src/gleam_lists.gleam", 4).
-spec main() -> list(any()).
main() ->
    Numbers = 'gleam_lists@list':range(1, 20),
    Offset = 3,
    _pipe = Numbers,
    _pipe@1 = 'gleam_lists@list':filter(_pipe, fun(N) -> (N rem 3) =:= 0 end),
    _pipe@2 = 'gleam_lists@list':map(_pipe@1, fun(N@1) -> N@1 + Offset end),
    Shifted = 'gleam_lists@list':reverse(_pipe@2),
    Total = 'gleam_lists@list':fold(Numbers, 0, fun(Acc, N@2) -> Acc + N@2 end),
    Words = [<<"pear"/utf8>>, <<"fig"/utf8>>, <<"apple"/utf8>>, <<"fig"/utf8>>, <<"kiwi"/utf8>>],
    Sorted = 'gleam_lists@list':sort(Words, fun(A, B) -> compare_strings(A, B) end),
    [Shifted,
        Total,
        Sorted,
        'gleam_lists@list':unique(Words),
        'gleam_lists@list':zip([1, 2, 3], [<<"a"/utf8>>, <<"b"/utf8>>]),
        'gleam_lists@list':sort([5, -1, 3, 3, 0, 12, -7], fun compare_ints/2),
        'gleam_lists@list':range(5, 1),
        'gleam_lists@list':length('gleam_lists@list':range(1, 100000)),
        'gleam_lists@list':find(Words, fun(W) -> erlang:byte_size(W) > 4 end),
        'gleam_lists@list':find(Words, fun(W@1) -> erlang:byte_size(W@1) > 9 end)].

-file("src/gleam_lists.gleam", 25).
-spec compare_ints(integer(), integer()) -> order().
compare_ints(A, B) ->
    case A =:= B of
        true ->
            eq;

        false ->
            case A < B of
                true ->
                    lt;

                false ->
                    gt
            end
    end.

-type order() :: lt | eq | gt.

-file("src/gleam_lists.gleam", 36).
-spec compare_strings(binary(), binary()) -> order().
compare_strings(A, B) ->
    case A =:= B of
        true -> eq;
        false ->
            case A < B of
                true -> lt;
                false -> gt
            end
    end.
