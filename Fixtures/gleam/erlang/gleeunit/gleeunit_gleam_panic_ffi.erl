%% Reads the map that Gleam's panic, todo, let assert and assert raise into the values
%% of gleeunit@internal@gleam_panic.
-module(gleeunit_gleam_panic_ffi).
-export([from_dynamic/1]).

from_dynamic(#{gleam_error := assert, start := Start, 'end' := End, expression_start := ExpressionStart} = Error) ->
    panic(Error, {assert, Start, End, ExpressionStart, assert_kind(Error)});
from_dynamic(#{gleam_error := let_assert, start := Start, 'end' := End,
               pattern_start := PatternStart, pattern_end := PatternEnd, value := Value} = Error) ->
    panic(Error, {let_assert, Start, End, PatternStart, PatternEnd, Value});
from_dynamic(#{gleam_error := panic} = Error) ->
    panic(Error, panic);
from_dynamic(#{gleam_error := todo} = Error) ->
    panic(Error, todo);
from_dynamic(_) ->
    {error, nil}.

panic(#{message := Message, file := File, module := Module, function := Function, line := Line}, Kind) ->
    {ok, {gleam_panic, Message, File, Module, Function, Line, Kind}};
panic(_, _) ->
    {error, nil}.

assert_kind(#{kind := binary_operator, operator := Operator, left := Left, right := Right}) ->
    {binary_operator, atom_to_binary(Operator), expression(Left), expression(Right)};
assert_kind(#{kind := function_call, arguments := Arguments}) ->
    {function_call, [expression(Argument) || Argument <- Arguments]};
assert_kind(#{kind := expression, expression := Expression}) ->
    {other_expression, expression(Expression)}.

expression(#{kind := literal, start := Start, 'end' := End, value := Value}) ->
    {asserted_expression, Start, End, {literal, Value}};
expression(#{kind := expression, start := Start, 'end' := End, value := Value}) ->
    {asserted_expression, Start, End, {expression, Value}};
expression(#{kind := unevaluated, start := Start, 'end' := End}) ->
    {asserted_expression, Start, End, unevaluated}.
