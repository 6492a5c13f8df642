%% Module gleam_json@encode of the gleam_json program.
-module(gleam_json@encode).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_json/encode.gleam").
-export([object/1, array/2, string/1, int/1, float/1, bool/1, null/0, to_string/1]).
-export_type([json/0]).

-type json() :: {object, list({binary(), json()})} |
    {array, list(json())} |
    {string, binary()} |
    {int, integer()} |
    {float, float()} |
    {bool, boolean()} |
    null.

-spec object(list({binary(), json()})) -> json().
object(Entries) -> {object, Entries}.

-spec array(list(A), fun((A) -> json())) -> json().
array(Items, Encoder) -> {array, map_loop(Items, Encoder, [])}.

map_loop(Items, F, Acc) ->
    case Items of
        [] -> lists:reverse(Acc);
        [X | Rest] -> map_loop(Rest, F, [F(X) | Acc])
    end.

-spec string(binary()) -> json().
string(S) -> {string, S}.

-spec int(integer()) -> json().
int(I) -> {int, I}.

-spec float(float()) -> json().
float(F) -> {float, F}.

-spec bool(boolean()) -> json().
bool(B) -> {bool, B}.

-spec null() -> json().
null() -> null.

-file("src/gleam_json/encode.gleam", 30).
-spec to_string(json()) -> binary().
to_string(Json) ->
    erlang:iolist_to_binary(encode(Json)).

-file("src/gleam_json/encode.gleam", 34).
-spec encode(json()) -> iolist().
encode(Json) ->
    case Json of
        null ->
            <<"null"/utf8>>;

        {bool, true} ->
            <<"true"/utf8>>;

        {bool, false} ->
            <<"false"/utf8>>;

        {int, I} ->
            erlang:integer_to_binary(I);

        {float, F} ->
            erlang:float_to_binary(F, [short]);

        {string, S} ->
            [<<"\""/utf8>>, escape(S, <<>>), <<"\""/utf8>>];

        {array, Items} ->
            [<<"["/utf8>>, join([encode(I@1) || I@1 <- Items]), <<"]"/utf8>>];

        {object, Entries} ->
            [<<"{"/utf8>>,
                join([[encode({string, K}), <<":"/utf8>>, encode(V)] || {K, V} <- Entries]),
                <<"}"/utf8>>]
    end.

join(Parts) ->
    case Parts of
        [] -> [];
        [First | Rest] -> [First | [[<<","/utf8>>, P] || P <- Rest]]
    end.

-file("src/gleam_json/encode.gleam", 60).
-spec escape(binary(), binary()) -> binary().
escape(S, Acc) ->
    case S of
        <<>> ->
            Acc;

        <<"\""/utf8, Rest/binary>> ->
            escape(Rest, <<Acc/binary, "\\\""/utf8>>);

        <<"\\"/utf8, Rest@1/binary>> ->
            escape(Rest@1, <<Acc/binary, "\\\\"/utf8>>);

        <<"\n"/utf8, Rest@2/binary>> ->
            escape(Rest@2, <<Acc/binary, "\\n"/utf8>>);

        <<"\t"/utf8, Rest@3/binary>> ->
            escape(Rest@3, <<Acc/binary, "\\t"/utf8>>);

        <<C/utf8, Rest@4/binary>> ->
            escape(Rest@4, <<Acc/binary, C/utf8>>)
    end.
