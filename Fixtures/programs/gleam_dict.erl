%% Gleam dictionaries (Erlang maps behind gleam/dict) used the way compiled
%% Gleam code does: maps:put/find/remove/fold-free loops over maps:to_list,
%% word frequencies keyed by binaries, nested dicts keyed by tuples, and
%% results converted to sorted lists before being returned.
-module(gleam_dict).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_dict.gleam").
-export([main/0]).

-file("src/gleam_dict.gleam", 3).
-spec get(#{K => V}, K) -> {ok, V} | {error, nil}.
get(Dict, Key) ->
    case maps:find(Key, Dict) of
        {ok, V} -> {ok, V};
        error -> {error, nil}
    end.

-file("src/gleam_dict.gleam", 10).
-spec upsert(#{K => V}, K, fun((gleam_option(V)) -> V)) -> #{K => V}.
upsert(Dict, Key, Fun) ->
    case get(Dict, Key) of
        {ok, Value} ->
            maps:put(Key, Fun({some, Value}), Dict);

        {error, _} ->
            maps:put(Key, Fun(none), Dict)
    end.

-type gleam_option(A) :: {some, A} | none.

-file("src/gleam_dict.gleam", 20).
-spec count_words(list(binary())) -> #{binary() => integer()}.
count_words(Words) ->
    count_loop(Words, #{}).

count_loop(Words, Acc) ->
    case Words of
        [] ->
            Acc;

        [Word | Rest] ->
            count_loop(Rest, upsert(Acc, Word, fun(X) ->
                        case X of
                            {some, N} -> N + 1;
                            none -> 1
                        end
                    end))
    end.

-file("src/gleam_dict.gleam", 35).
-spec sorted_pairs(#{K => V}) -> list({K, V}).
sorted_pairs(Dict) ->
    insertion_sort(maps:to_list(Dict), []).

insertion_sort(List, Acc) ->
    case List of
        [] -> Acc;
        [X | Rest] -> insertion_sort(Rest, insert(X, Acc))
    end.

insert(X, Sorted) ->
    case Sorted of
        [] -> [X];
        [Y | Rest] ->
            case X =< Y of
                true -> [X, Y | Rest];
                false -> [Y | insert(X, Rest)]
            end
    end.

-file("src/gleam_dict.gleam", 50).
-spec main() -> list(any()).
main() ->
    Text = [<<"the"/utf8>>, <<"quick"/utf8>>, <<"fox"/utf8>>, <<"the"/utf8>>,
        <<"lazy"/utf8>>, <<"dog"/utf8>>, <<"the"/utf8>>, <<"fox"/utf8>>],
    Counts = count_words(Text),
    Grid = maps:from_list([{{X, Y}, X * Y} || X <- [1, 2, 3], Y <- [1, 2, 3]]),
    Without = maps:remove({2, 2}, Grid),
    [sorted_pairs(Counts),
        get(Counts, <<"the"/utf8>>),
        get(Counts, <<"cat"/utf8>>),
        maps:size(Counts),
        sorted_pairs(Without),
        get(Grid, {3, 3}),
        maps:size(maps:merge(Grid, #{{9, 9} => 81})),
        maps:is_key({1, 1}, Without)].
