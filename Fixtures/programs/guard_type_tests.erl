%% Type-test guards on one value of every type: is_atom, is_binary,
%% is_bitstring, is_boolean, is_float, is_function/1,2, is_integer, is_list,
%% is_map, is_number, is_pid, is_port, is_reference, is_tuple, is_record.
-module(guard_type_tests).
-export([main/0]).

main() ->
    Vals = [id(atom), id(true), id(1), id(1 bsl 80), id(1.5), id([]), id([1]), id({}),
            id({rec, 1}), id(#{}), id(<<1>>), id(<<1:3>>), id(fun(X) -> X end),
            id(make_ref()), id(self())],
    [kind(V) || V <- Vals] ++ [[tests(V) || V <- Vals]].

kind(V) when is_boolean(V) -> boolean;
kind(V) when is_atom(V) -> atom;
kind(V) when is_integer(V), V > 1 bsl 62 -> bignum;
kind(V) when is_integer(V) -> integer;
kind(V) when is_float(V) -> float;
kind([]) -> nil;
kind(V) when is_list(V) -> list;
kind(V) when is_record(V, rec, 2) -> record;
kind(V) when is_tuple(V) -> tuple;
kind(V) when is_map(V) -> map;
kind(V) when is_binary(V) -> binary;
kind(V) when is_bitstring(V) -> bitstring;
kind(V) when is_function(V, 2) -> fun2;
kind(V) when is_function(V) -> function;
kind(V) when is_reference(V) -> reference;
kind(V) when is_pid(V) -> pid;
kind(_) -> other.

tests(V) ->
    [B || {B, true} <- [{a, is_atom(V)}, {b, is_binary(V)}, {bs, is_bitstring(V)},
                        {bo, is_boolean(V)}, {f, is_float(V)}, {fn, is_function(V)},
                        {fn1, is_function(V, 1)}, {i, is_integer(V)}, {l, is_list(V)},
                        {m, is_map(V)}, {n, is_number(V)}, {p, is_pid(V)}, {po, is_port(V)},
                        {r, is_reference(V)}, {t, is_tuple(V)}]].

id(X) -> X.
