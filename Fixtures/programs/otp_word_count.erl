%% A word-frequency program as one would write it with stdlib: tokenising a
%% text with string:lexemes, lowercasing, counting with maps:update_with,
%% ranking by count then word, and printing the top entries.
-module(otp_word_count).
-export([main/0]).

main() ->
    Text = "It was the best of times, it was the worst of times, it was the age of wisdom, "
           "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity",
    Words = [string:lowercase(W) || W <- string:lexemes(Text, " ,")],
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    Ranked = lists:sort(fun({W1, C1}, {W2, C2}) -> {-C1, W1} =< {-C2, W2} end, maps:to_list(Counts)),
    Top = lists:sublist(Ranked, 5),
    [io:format("~2w ~s~n", [C, W]) || {W, C} <- Top],
    {length(Words), map_size(Counts), Top}.
