-- Camunda's tables are now created by the owner through Flyway (engine.CamundaSchema, V135) and the engine only
-- checks them (camunda.bpm.database.schema-update: false): the application's role needs no CREATE on the schema.
-- Tables it created before stay as they are. One account for both (the application role migrates) keeps its CREATE.
do $$
begin
    if current_user <> '${application_role}' then
        execute 'revoke create on schema public from "${application_role}"';
    end if;
end
$$;
