-- Manage is never granted to @everyone (whose role id is the server's id): it would make
-- every member a manager. Porter accepted such grants before it refused them; they never
-- took effect, and are removed so that `/permissions list` does not show them.
DELETE FROM role_permissions WHERE role_id = guild_id AND permission = 'manage';
