-module(gleam@string).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gleam/string.gleam").
-export([inspect/1, split/2, replace/3, concat/1, pad_start/3, length/1]).

-file("src/gleam/string.gleam", 12).
-spec inspect(any()) -> binary().
inspect(Term) ->
    _pipe = gleam_stdlib:inspect(Term),
    unicode:characters_to_binary(_pipe).

-file("src/gleam/string.gleam", 18).
-spec split(binary(), binary()) -> list(binary()).
split(X, Substring) ->
    case Substring of
        <<""/utf8>> ->
            [X];
        _ ->
            binary:split(X, Substring, [global])
    end.

-file("src/gleam/string.gleam", 27).
-spec replace(binary(), binary(), binary()) -> binary().
replace(String, Pattern, Substitute) ->
    _pipe = string:replace(String, Pattern, Substitute, all),
    unicode:characters_to_binary(_pipe).

-file("src/gleam/string.gleam", 34).
-spec concat(list(binary())) -> binary().
concat(Strings) ->
    erlang:list_to_binary(Strings).

-file("src/gleam/string.gleam", 39).
-spec length(binary()) -> integer().
length(String) ->
    string:length(String).

-file("src/gleam/string.gleam", 44).
-spec pad_start(binary(), integer(), binary()) -> binary().
pad_start(String, Desired_length, Pad_string) ->
    case length(String) >= Desired_length of
        true ->
            String;
        false ->
            pad_start(<<Pad_string/binary, String/binary>>, Desired_length, Pad_string)
    end.
