%% Gleam-shaped string handling: UTF-8 binaries, prefix patterns
%% (<<"prefix"/utf8, Rest/binary>>), `as` prefix captures, concatenation with
%% nested <<A/binary, B/binary>>, grapheme-free code point walking, and
%% string builders as iolists flattened with erlang:iolist_to_binary.
-module(gleam_strings).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_strings.gleam").
-export([main/0, greet/1, command/1]).

-file("src/gleam_strings.gleam", 3).
-spec greet(binary()) -> binary().
greet(Name) ->
    case Name of
        <<""/utf8>> ->
            <<"Hello, stranger!"/utf8>>;

        _ ->
            <<<<"Hello, "/utf8, Name/binary>>/binary, "!"/utf8>>
    end.

-file("src/gleam_strings.gleam", 10).
-spec command(binary()) -> {ok, {binary(), binary()}} | {error, binary()}.
command(Line) ->
    case Line of
        <<"get "/utf8, Key/binary>> ->
            {ok, {<<"get"/utf8>>, Key}};

        <<"set "/utf8, Rest/binary>> ->
            {ok, {<<"set"/utf8>>, Rest}};

        <<X:5/binary, Name/binary>> when X =:= <<"hello"/utf8>> ->
            {ok, {X, Name}};

        _ ->
            {error, <<"unknown command: "/utf8, Line/binary>>}
    end.

-file("src/gleam_strings.gleam", 20).
-spec length(binary()) -> integer().
length(S) ->
    length_loop(S, 0).

-file("src/gleam_strings.gleam", 24).
-spec length_loop(binary(), integer()) -> integer().
length_loop(S, Acc) ->
    case S of
        <<_/utf8, Rest/binary>> ->
            length_loop(Rest, Acc + 1);

        _ ->
            Acc
    end.

-file("src/gleam_strings.gleam", 31).
-spec reverse(binary()) -> binary().
reverse(S) ->
    reverse_loop(S, <<""/utf8>>).

-file("src/gleam_strings.gleam", 35).
-spec reverse_loop(binary(), binary()) -> binary().
reverse_loop(S, Acc) ->
    case S of
        <<Cp/utf8, Rest/binary>> ->
            reverse_loop(Rest, <<<<Cp/utf8>>/binary, Acc/binary>>);

        _ ->
            Acc
    end.

-file("src/gleam_strings.gleam", 42).
-spec join(list(binary()), binary()) -> binary().
join(Parts, Separator) ->
    case Parts of
        [] ->
            <<""/utf8>>;

        [First | Rest] ->
            Builder = join_loop(Rest, Separator, [First]),
            erlang:iolist_to_binary(lists:reverse(Builder))
    end.

-file("src/gleam_strings.gleam", 50).
-spec join_loop(list(binary()), binary(), list(binary())) -> list(binary()).
join_loop(Parts, Separator, Acc) ->
    case Parts of
        [] ->
            Acc;

        [First | Rest] ->
            join_loop(Rest, Separator, [First, Separator | Acc])
    end.

-file("src/gleam_strings.gleam", 57).
-spec repeat(binary(), integer()) -> binary().
repeat(S, Times) ->
    case Times =< 0 of
        true ->
            <<""/utf8>>;

        false ->
            <<S/binary, (repeat(S, Times - 1))/binary>>
    end.

-file("src/gleam_strings.gleam", 64).
-spec main() -> list(any()).
main() ->
    Unicode = <<"Grüße, 世界 🌍"/utf8>>,
    [greet(<<"Lucy"/utf8>>),
        greet(<<""/utf8>>),
        command(<<"get user:1"/utf8>>),
        command(<<"set a=b"/utf8>>),
        command(<<"hello world"/utf8>>),
        command(<<"delete x"/utf8>>),
        length(Unicode),
        erlang:byte_size(Unicode),
        reverse(Unicode),
        join([<<"a"/utf8>>, <<"b"/utf8>>, <<"c"/utf8>>], <<", "/utf8>>),
        join([], <<"-"/utf8>>),
        repeat(<<"ab"/utf8>>, 3),
        Unicode =:= <<"Grüße, 世界 🌍"/utf8>>,
        Unicode /= <<"Grusse"/utf8>>].
