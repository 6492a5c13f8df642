%% Module gleam_lists@list: list functions in the shape of Gleam's standard
%% library output.
-module(gleam_lists@list).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_lists/list.gleam").
-export([length/1, reverse/1, map/2, filter/2, fold/3, range/2, zip/2, sort/2, unique/1, find/2]).

-file("src/gleam_lists/list.gleam", 2).
-spec length(list(any())) -> integer().
length(List) ->
    erlang:length(List).

-file("src/gleam_lists/list.gleam", 6).
-spec reverse(list(A)) -> list(A).
reverse(List) ->
    lists:reverse(List).

-file("src/gleam_lists/list.gleam", 10).
-spec map(list(A), fun((A) -> B)) -> list(B).
map(List, Fun) ->
    map_loop(List, Fun, []).

-file("src/gleam_lists/list.gleam", 14).
-spec map_loop(list(A), fun((A) -> B), list(B)) -> list(B).
map_loop(List, Fun, Acc) ->
    case List of
        [] ->
            lists:reverse(Acc);

        [First | Rest] ->
            map_loop(Rest, Fun, [Fun(First) | Acc])
    end.

-file("src/gleam_lists/list.gleam", 21).
-spec filter(list(A), fun((A) -> boolean())) -> list(A).
filter(List, Predicate) ->
    filter_loop(List, Predicate, []).

-file("src/gleam_lists/list.gleam", 25).
-spec filter_loop(list(A), fun((A) -> boolean()), list(A)) -> list(A).
filter_loop(List, Fun, Acc) ->
    case List of
        [] ->
            lists:reverse(Acc);

        [First | Rest] ->
            New_acc = case Fun(First) of
                true ->
                    [First | Acc];

                false ->
                    Acc
            end,
            filter_loop(Rest, Fun, New_acc)
    end.

-file("src/gleam_lists/list.gleam", 38).
-spec fold(list(A), B, fun((B, A) -> B)) -> B.
fold(List, Initial, Fun) ->
    case List of
        [] ->
            Initial;

        [X | Rest] ->
            fold(Rest, Fun(Initial, X), Fun)
    end.

-file("src/gleam_lists/list.gleam", 46).
-spec range(integer(), integer()) -> list(integer()).
range(Start, Stop) ->
    range_loop(Start, Stop, []).

-file("src/gleam_lists/list.gleam", 50).
-spec range_loop(integer(), integer(), list(integer())) -> list(integer()).
range_loop(Start, Stop, Acc) ->
    case gleam_compare(Start, Stop) of
        eq ->
            [Stop | Acc];

        gt ->
            range_loop(Start, Stop + 1, [Stop | Acc]);

        lt ->
            range_loop(Start, Stop - 1, [Stop | Acc])
    end.

gleam_compare(A, B) ->
    case A =:= B of
        true -> eq;
        false ->
            case A < B of
                true -> lt;
                false -> gt
            end
    end.

-file("src/gleam_lists/list.gleam", 62).
-spec zip(list(A), list(B)) -> list({A, B}).
zip(List, Other) ->
    zip_loop(List, Other, []).

-file("src/gleam_lists/list.gleam", 66).
-spec zip_loop(list(A), list(B), list({A, B})) -> list({A, B}).
zip_loop(One, Other, Acc) ->
    case {One, Other} of
        {[First_one | Rest_one], [First_other | Rest_other]} ->
            zip_loop(Rest_one, Rest_other, [{First_one, First_other} | Acc]);

        {_, _} ->
            lists:reverse(Acc)
    end.

-file("src/gleam_lists/list.gleam", 75).
-spec sort(list(A), fun((A, A) -> lt | eq | gt)) -> list(A).
sort(List, Compare) ->
    case List of
        [] ->
            [];

        [X] ->
            [X];

        _ ->
            {Left, Right} = split_half(List, [], []),
            merge(sort(Left, Compare), sort(Right, Compare), Compare, [])
    end.

split_half(List, A, B) ->
    case List of
        [] ->
            {A, B};

        [X | Rest] ->
            split_half(Rest, B, [X | A])
    end.

merge(A, B, Compare, Acc) ->
    case {A, B} of
        {[], _} ->
            lists:reverse(Acc, B);

        {_, []} ->
            lists:reverse(Acc, A);

        {[Ax | Ar], [Bx | Br]} ->
            case Compare(Ax, Bx) of
                gt ->
                    merge(A, Br, Compare, [Bx | Acc]);

                _ ->
                    merge(Ar, B, Compare, [Ax | Acc])
            end
    end.

-file("src/gleam_lists/list.gleam", 110).
-spec unique(list(A)) -> list(A).
unique(List) ->
    unique_loop(List, #{}, []).

unique_loop(List, Seen, Acc) ->
    case List of
        [] ->
            lists:reverse(Acc);

        [First | Rest] ->
            case maps:is_key(First, Seen) of
                true ->
                    unique_loop(Rest, Seen, Acc);

                false ->
                    unique_loop(Rest, maps:put(First, nil, Seen), [First | Acc])
            end
    end.

-file("src/gleam_lists/list.gleam", 125).
-spec find(list(A), fun((A) -> boolean())) -> {ok, A} | {error, nil}.
find(List, Is_desired) ->
    case List of
        [] ->
            {error, nil};

        [First | Rest] ->
            case Is_desired(First) of
                true ->
                    {ok, First};

                false ->
                    find(Rest, Is_desired)
            end
    end.
