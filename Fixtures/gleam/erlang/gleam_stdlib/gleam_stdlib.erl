%% The Erlang side of a small Gleam standard library: the functions its Gleam modules
%% declare as @external(erlang, "gleam_stdlib", ...), and the value inspector behind
%% string.inspect.
-module(gleam_stdlib).
-export([print/1, println/1, print_error/1, println_error/1, float_to_string/1, parse_int/1,
         string_ends_with/2, bit_array_slice/3, bit_array_to_string/1, inspect/1, identity/1]).

print(String) ->
    io:put_chars(String),
    nil.

println(String) ->
    io:put_chars([String, $\n]),
    nil.

print_error(String) ->
    io:put_chars(standard_error, String),
    nil.

println_error(String) ->
    io:put_chars(standard_error, [String, $\n]),
    nil.

identity(X) -> X.

float_to_string(Float) ->
    erlang:float_to_binary(Float, [short]).

parse_int(String) ->
    case catch binary_to_integer(String) of
        Int when is_integer(Int) -> {ok, Int};
        _ -> {error, nil}
    end.

string_ends_with(_, <<>>) -> true;
string_ends_with(String, Suffix) when byte_size(Suffix) > byte_size(String) -> false;
string_ends_with(String, Suffix) ->
    binary:part(String, byte_size(String) - byte_size(Suffix), byte_size(Suffix)) =:= Suffix.

bit_array_slice(Bits, Position, Length) ->
    try binary:part(Bits, Position, Length) of
        Part -> {ok, Part}
    catch
        error:badarg -> {error, nil}
    end.

bit_array_to_string(Bits) ->
    case unicode:characters_to_binary(Bits) of
        String when is_binary(String) -> {ok, String};
        _ -> {error, nil}
    end.

%% --- inspect: a value in Gleam's syntax, as iodata --------------------------

inspect(nil) -> "Nil";
inspect(true) -> "True";
inspect(false) -> "False";
inspect(Atom) when is_atom(Atom) -> constructor(Atom);
inspect(Int) when is_integer(Int) -> integer_to_list(Int);
inspect(Float) when is_float(Float) -> io_lib_format:fwrite_g(Float);
inspect(Binary) when is_binary(Binary) ->
    case text(Binary, []) of
        {ok, Text} -> [$", Text, $"];
        error -> bits(Binary)
    end;
inspect(Bits) when is_bitstring(Bits) -> bits(Bits);
inspect(List) when is_list(List) -> list(List, []);
inspect(Map) when is_map(Map) ->
    Pairs = [["#(", inspect(K), ", ", inspect(V), ")"] || {K, V} <- maps:to_list(Map)],
    ["dict.from_list([", lists:join(", ", Pairs), "])"];
inspect(Tuple) when is_tuple(Tuple), tuple_size(Tuple) > 0,
                    is_atom(element(1, Tuple)), element(1, Tuple) =/= nil,
                    element(1, Tuple) =/= true, element(1, Tuple) =/= false ->
    [_ | Fields] = tuple_to_list(Tuple),
    case constructor(element(1, Tuple)) of
        ["atom.create_from_string(\"" | _] = Name -> tuple(Tuple, Name);
        Name -> [Name, "(", lists:join(", ", [inspect(F) || F <- Fields]), ")"]
    end;
inspect(Tuple) when is_tuple(Tuple) ->
    ["#(", lists:join(", ", [inspect(E) || E <- tuple_to_list(Tuple)]), ")"];
inspect(Fun) when is_function(Fun) ->
    {arity, Arity} = erlang:fun_info(Fun, arity),
    Names = [[$a + I] || I <- lists:seq(0, Arity - 1)],
    ["//fn(", lists:join(", ", Names), ") { ... }"];
inspect(Other) ->
    ["//erl(", io_lib:format("~p", [Other]), ")"].

tuple(Tuple, _) ->
    ["#(", lists:join(", ", [inspect(E) || E <- tuple_to_list(Tuple)]), ")"].

list([], Acc) -> ["[", lists:join(", ", lists:reverse(Acc)), "]"];
list([H | T], Acc) -> list(T, [inspect(H) | Acc]);
list(Tail, Acc) -> ["//erl([", lists:join(", ", lists:reverse(Acc)), " | ", inspect(Tail), "])"].

%% snake_case atoms are constructors: `not_found` is NotFound.
constructor(Atom) ->
    Name = atom_to_list(Atom),
    case is_constructor(Name) of
        true -> pascal(Name, true);
        false -> ["atom.create_from_string(\"", Name, "\")"]
    end.

is_constructor([First | _] = Name) ->
    First >= $a andalso First =< $z andalso lists:last(Name) =/= $_
        andalso string:find(Name, "__") =:= nomatch
        andalso lists:all(fun(C) -> (C >= $a andalso C =< $z) orelse (C >= $0 andalso C =< $9) orelse C =:= $_ end, Name);
is_constructor([]) -> false.

pascal([], _) -> [];
pascal([$_ | Rest], _) -> pascal(Rest, true);
pascal([C | Rest], true) -> [C - 32 | pascal(Rest, false)];
pascal([C | Rest], false) -> [C | pascal(Rest, false)].

text(<<>>, Acc) -> {ok, lists:reverse(Acc)};
text(<<$", Rest/binary>>, Acc) -> text(Rest, ["\\\"" | Acc]);
text(<<$\\, Rest/binary>>, Acc) -> text(Rest, ["\\\\" | Acc]);
text(<<$\r, Rest/binary>>, Acc) -> text(Rest, ["\\r" | Acc]);
text(<<$\n, Rest/binary>>, Acc) -> text(Rest, ["\\n" | Acc]);
text(<<$\t, Rest/binary>>, Acc) -> text(Rest, ["\\t" | Acc]);
text(<<$\f, Rest/binary>>, Acc) -> text(Rest, ["\\f" | Acc]);
text(<<C/utf8, Rest/binary>>, Acc) when C < 32; C >= 127, C < 160 ->
    text(Rest, [io_lib:format("\\u{~4.16.0B}", [C]) | Acc]);
text(<<C/utf8, Rest/binary>>, Acc) -> text(Rest, [<<C/utf8>> | Acc]);
text(_, _) -> error.

bits(Bits) -> ["<<", lists:join(", ", segments(Bits)), ">>"].

segments(<<>>) -> [];
segments(<<Byte, Rest/bitstring>>) -> [integer_to_list(Byte) | segments(Rest)];
segments(Rest) ->
    Size = bit_size(Rest),
    <<Value:Size>> = Rest,
    [[integer_to_list(Value), ":size(", integer_to_list(Size), ")"]].
