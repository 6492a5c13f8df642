%% What beamr runs in place of the kernel application's processes, which it does not boot:
%% OTP's own servers, entered directly as the on-demand registered processes the VM starts
%% when a program first needs them (see OnDemandServers.swift).
-module(beamr_kernel).
-export([file_server/0, do_cmd/2, run_command/2]).

%% kernel's file_server as `file_server_2`. The VM has registered the name already, so the
%% process enters the gen_server loop directly; it is its own parent, as there is no
%% supervisor to stop it.
file_server() ->
    put('$ancestors', [self()]),
    put('$initial_call', {file_server, init, 1}),
    {ok, State} = file_server:init([]),
    gen_server:enter_loop(file_server, [], State, {local, file_server_2}).

%% os:cmd's worker (os:do_cmd/2 continues here). Throws what os:cmd/1,2 catch and turn into
%% their errors: badopt for options that are not a map, badarg for a command that is not
%% a string; with exception_on_failure (OTP 27 and later), {command_failed, Output, Status}.
do_cmd(Cmd, Opts) ->
    MaxSize = cmd_option(max_size, Opts, infinity),
    Check = case list_to_integer(erlang:system_info(otp_release)) >= 27 of
                true -> cmd_option(exception_on_failure, Opts, false);
                false -> false
            end,
    Text = try validate(Cmd) catch error:_ -> throw(badarg) end,
    {Output, Status} = run_command(unicode:characters_to_binary(Text), MaxSize),
    Result = case unicode:characters_to_list(Output) of
                 List when is_list(List) -> List;
                 _ -> binary_to_list(Output)
             end,
    case Check of
        true when Status =/= 0 -> throw({command_failed, Result, Status});
        true -> Result;
        false -> Result;
        Other -> error({badarg, Other})
    end.

cmd_option(Name, Opts, Default) when is_map(Opts) -> maps:get(Name, Opts, Default);
cmd_option(_, _, _) -> throw(badopt).

%% A command is an atom or a possibly deep list of characters; NUL characters may only
%% trail, and are dropped.
validate(Atom) when is_atom(Atom) -> validate(atom_to_list(Atom));
validate(List) when is_list(List) ->
    case has_trailing_nul(List) of
        true -> string:trim(List, trailing, [0]);
        false -> List
    end.

has_trailing_nul([0 | Rest]) -> only_nul(Rest), true;
has_trailing_nul([C | Rest]) when is_integer(C), C >= 1 -> has_trailing_nul(Rest);
has_trailing_nul([Deep | Rest]) when is_list(Deep) ->
    case has_trailing_nul(Deep) of
        true -> only_nul(Rest), true;
        false -> has_trailing_nul(Rest)
    end;
has_trailing_nul([]) -> false.

only_nul([0 | Rest]) -> only_nul(Rest);
only_nul([Deep | Rest]) when is_list(Deep) -> only_nul(Deep), only_nul(Rest);
only_nul([]) -> true.

%% Runs /bin/sh -c Command off the schedulers: {Output, ExitStatus} (native).
run_command(_Command, _MaxSize) -> erlang:nif_error(undefined).
