%% Assorted BIFs with deterministic results: make_ref uniqueness, 
%% unique_integer monotonicity, self/is_pid, node, length/size, atom_length
%% checks, erlang:apply, hibernate-free process info, and the result of
%% erlang:'=='/2 called as functions.
-module(bif_misc).
-export([main/0]).

main() ->
    R1 = make_ref(), R2 = make_ref(),
    U1 = erlang:unique_integer([monotonic]), U2 = erlang:unique_integer([monotonic]),
    P1 = erlang:unique_integer([positive]),
    [is_reference(R1), R1 =:= R2, R1 =:= R1, U2 > U1, P1 > 0, is_integer(U1),
     is_pid(self()), self() =:= self(), node() =:= node(), is_atom(node()),
     erlang:'=='(1, 1.0), erlang:'=:='(1, 1.0), erlang:'+'(2, 3), erlang:'++'([1], [2]),
     erlang:'not'(true), erlang:'band'(12, 10), erlang:'div'(7, 2), erlang:'-'(5),
     erlang:length([a, b]), erlang:size({1, 2, 3}), erlang:size(<<1, 2>>),
     erlang:apply(erlang, is_atom, [x]), erlang:is_builtin(erlang, length, 1),
     erlang:is_builtin(erlang, no_such_bif, 1), erlang:function_exported(?MODULE, main, 0),
     erlang:function_exported(?MODULE, nothing, 0), erlang:module_loaded(?MODULE),
     erlang:make_tuple(2, erlang:list_to_atom("made")), erlang:tuple_to_list({erlang:abs(-3)})].
