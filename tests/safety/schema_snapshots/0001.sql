BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
CREATE TABLE assessment (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	date DATE NOT NULL, 
	period VARCHAR(16) NOT NULL, 
	instrument_id VARCHAR(32) NOT NULL, 
	instrument_version VARCHAR(32) NOT NULL, 
	reviewers JSON NOT NULL, 
	last_element VARCHAR(32), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_assessment PRIMARY KEY (id), 
	CONSTRAINT fk_assessment_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE
);
INSERT INTO "assessment" VALUES('c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-11-22 11:24:02.547800','2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('ec438b0c-0647-559f-9d36-ff39a127ba64','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-05-19','2026-Q2','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-11-22 11:24:02.547800','2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('86b7280e-71db-5570-837e-0bc9345f51d1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-08-25','2026-Q3','dk-minimum','1','["Mette S\u00f8rensen", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-11-22 11:24:02.547800','2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('255f784d-1663-5b64-94df-c63d8dbdda24','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-11-22 11:24:02.547800','2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('7a0e7fc9-d893-5ef3-b898-1c6faaf21862','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-02-17','2026-Q1','dk-minimum','1','["Mette S\u00f8rensen", "Jens \u00d8stergaard"]',NULL,'2026-11-22 11:24:02.547800','2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('3368faf5-1357-524b-97f1-d330d1a03474','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-11-22 11:24:02.547800','2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-11-22 11:24:02.547800','2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('10b3c1bd-0c8a-5990-b513-ab96fdfb9672','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-11-22 11:24:02.547800','2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('fbdc0e19-b5ee-513a-bd18-cbfc754874f9','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-02-17','2026-Q1','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-11-22 11:24:02.547800','2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('109637b3-3f9f-5c7a-92bb-8644adddd03f','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-05-19','2026-Q2','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Jens \u00d8stergaard"]',NULL,'2026-11-22 11:24:02.547800','2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('c512d777-3ad5-5e4a-bad8-c143d2b2f694','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-11-22 11:24:02.547800','2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('3887911c-b9ba-567d-9584-390eb7984d00','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Aase B\u00f8gh"]',NULL,'2026-11-22 11:24:02.547800','2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('8574ce93-07e3-5120-9d19-0af086432af2','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-11-22 11:24:02.547800','2026-02-17 15:00:00.000000');
INSERT INTO "assessment" VALUES('0d6b679d-a1c6-5765-8748-3ae8c39c6b60','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "Mette S\u00f8rensen"]',NULL,'2026-11-22 11:24:02.547800','2026-05-19 15:00:00.000000');
INSERT INTO "assessment" VALUES('c07c4843-6950-558b-9889-04ddf180d6f7','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-08-25','2026-Q3','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-11-22 11:24:02.547800','2026-08-25 15:00:00.000000');
INSERT INTO "assessment" VALUES('8b427fe3-aedf-5c1c-add6-e14b7fa1471e','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-11-22 11:24:02.547800','2026-11-10 15:00:00.000000');
INSERT INTO "assessment" VALUES('b5804b5b-29f6-4374-bd3f-9499a48276c1','43a64e20-c08d-4f43-9738-9477541185f4','2026-01-05','2026-Q1','dk-minimum','1','["\u00c5se", "\u674e"]',NULL,'2026-11-22 11:24:02.561839','2026-11-22 11:24:02.575285');
CREATE TABLE caseload_entry (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	consultant_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	fte FLOAT NOT NULL, 
	ips_cases INTEGER NOT NULL, 
	other_cases INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_caseload_entry PRIMARY KEY (id), 
	CONSTRAINT ck_caseload_entry_fte_range CHECK (fte > 0 AND fte <= 1), 
	CONSTRAINT ck_caseload_entry_cases_nonnegative CHECK (ips_cases >= 0 AND other_cases >= 0), 
	CONSTRAINT fk_caseload_entry_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT fk_caseload_entry_consultant_id_consultant FOREIGN KEY(consultant_id) REFERENCES consultant (id) ON DELETE CASCADE
);
INSERT INTO "caseload_entry" VALUES('58258089-9d15-4f98-9e6c-841dfc15a8de','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','029a1c39-d343-4f86-97c9-ce3a7de5d5bc',0,0.8,18,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('dc235bd7-5efd-4ac0-b2f9-d296d15081df','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','6828d46e-33b2-4445-8570-ad709db32180',1,0.5,8,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('418ac98d-832b-4af7-8a18-cf4639f8a21d','ec438b0c-0647-559f-9d36-ff39a127ba64','029a1c39-d343-4f86-97c9-ce3a7de5d5bc',0,1.0,16,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('98f658d7-d474-4dc0-a20e-b9fb8e208e5d','ec438b0c-0647-559f-9d36-ff39a127ba64','6828d46e-33b2-4445-8570-ad709db32180',1,1.0,16,4,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('da33cd17-5c86-4269-adb6-0a0fecd1258e','86b7280e-71db-5570-837e-0bc9345f51d1','029a1c39-d343-4f86-97c9-ce3a7de5d5bc',0,0.8,9,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('ffc56b46-9aa9-4231-9edc-82c49c39a063','86b7280e-71db-5570-837e-0bc9345f51d1','6828d46e-33b2-4445-8570-ad709db32180',1,0.8,7,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('23322e82-da5a-4df2-ab56-1e5ef8931b5f','255f784d-1663-5b64-94df-c63d8dbdda24','029a1c39-d343-4f86-97c9-ce3a7de5d5bc',0,1.0,14,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('bd55326a-32c7-4513-ab7b-5bb8968b8660','255f784d-1663-5b64-94df-c63d8dbdda24','6828d46e-33b2-4445-8570-ad709db32180',1,0.5,8,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f4f57d3f-6f9e-4156-bb9c-594beb007018','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','80e5ddcb-398b-465a-982f-8d7397897d87',0,1.0,12,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('0364a615-d00a-4b37-916c-ec00f32ad799','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','598ddbb3-92df-468d-b62f-261eec992fb0',1,0.5,7,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('272eec63-24a3-4bff-bd2a-ea6b0bb2cd8c','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','01791476-5867-4c4d-84db-f8e26e924bdb',2,1.0,10,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('0814b861-8429-44ee-9db1-058468bf9a16','3368faf5-1357-524b-97f1-d330d1a03474','80e5ddcb-398b-465a-982f-8d7397897d87',0,1.0,9,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('9cc5814c-de95-4dff-aa4a-7cc1661968e8','3368faf5-1357-524b-97f1-d330d1a03474','598ddbb3-92df-468d-b62f-261eec992fb0',1,1.0,9,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('281963a6-1f51-4e98-8425-aae382bfacff','3368faf5-1357-524b-97f1-d330d1a03474','01791476-5867-4c4d-84db-f8e26e924bdb',2,0.8,12,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('fa51057f-e0fc-4562-a37d-77740a408eeb','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','80e5ddcb-398b-465a-982f-8d7397897d87',0,1.0,14,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('80f3c586-fa0c-40dc-97c3-088cbf9b21c5','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','598ddbb3-92df-468d-b62f-261eec992fb0',1,0.5,5,4,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('1a57d403-a36e-4ec4-97bb-95e2ec1fc154','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','01791476-5867-4c4d-84db-f8e26e924bdb',2,1.0,18,10,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('4bb582db-d253-4920-9539-2940efaefb34','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','80e5ddcb-398b-465a-982f-8d7397897d87',0,1.0,11,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('db33ec59-9b0b-4d2c-b9b7-102b4485633c','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','598ddbb3-92df-468d-b62f-261eec992fb0',1,1.0,13,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f6523838-3aa0-45c9-97c5-0e7a1b3b7038','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','01791476-5867-4c4d-84db-f8e26e924bdb',2,1.0,12,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('77932230-9ca8-465f-a408-405d566fd0b6','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','61372f9c-700c-4b5b-80b5-bad69d01181b',0,0.8,9,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('88d19c84-0f2b-47f5-8e13-80f0d0bb8ee1','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','fa664cf9-334d-455a-951c-20863da8a5e8',1,1.0,13,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('70f427cd-821c-44df-ab05-97e819993237','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','4febb664-993a-4717-9dc3-8fa92594381a',2,0.8,6,4,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f28638dd-ac5d-48f8-91b9-3fcad80164da','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','0caf88ce-5439-447f-8039-3be02983c87d',3,1.0,18,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('1c2b14c4-b266-4822-880c-454ecc3474f9','109637b3-3f9f-5c7a-92bb-8644adddd03f','61372f9c-700c-4b5b-80b5-bad69d01181b',0,1.0,15,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('18222718-b8af-41f3-901b-722ab7d87e0f','109637b3-3f9f-5c7a-92bb-8644adddd03f','fa664cf9-334d-455a-951c-20863da8a5e8',1,1.0,15,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('8f10eab2-2f49-4024-ba74-b573732de11b','109637b3-3f9f-5c7a-92bb-8644adddd03f','4febb664-993a-4717-9dc3-8fa92594381a',2,1.0,8,4,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('1d6933a4-ba56-470f-9946-f25ba8b2e912','109637b3-3f9f-5c7a-92bb-8644adddd03f','0caf88ce-5439-447f-8039-3be02983c87d',3,0.8,7,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('40e7e8d5-c481-41b8-b297-677324f66d21','c512d777-3ad5-5e4a-bad8-c143d2b2f694','61372f9c-700c-4b5b-80b5-bad69d01181b',0,0.5,4,4,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('e182e3c7-8b84-4abf-ab59-4cfe1d1efa7e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','fa664cf9-334d-455a-951c-20863da8a5e8',1,1.0,17,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f8a799cc-86be-4462-abb8-68840d4010f7','c512d777-3ad5-5e4a-bad8-c143d2b2f694','4febb664-993a-4717-9dc3-8fa92594381a',2,0.8,11,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('9470a53b-de08-4190-b80f-68875b072b3f','c512d777-3ad5-5e4a-bad8-c143d2b2f694','0caf88ce-5439-447f-8039-3be02983c87d',3,0.5,8,10,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('a232342d-4a4b-47a4-a885-e95d822290cb','3887911c-b9ba-567d-9584-390eb7984d00','61372f9c-700c-4b5b-80b5-bad69d01181b',0,1.0,11,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('c575cad2-306d-46c7-b0a4-9c00dd21d50d','3887911c-b9ba-567d-9584-390eb7984d00','fa664cf9-334d-455a-951c-20863da8a5e8',1,0.5,6,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('c75d47b3-29e6-402d-9c6a-933584b29789','3887911c-b9ba-567d-9584-390eb7984d00','4febb664-993a-4717-9dc3-8fa92594381a',2,0.8,9,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('9f5a22f7-1052-4b3e-9176-c45ba2ca2fa7','3887911c-b9ba-567d-9584-390eb7984d00','0caf88ce-5439-447f-8039-3be02983c87d',3,1.0,17,4,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('5c94b6d7-8209-4013-a55d-78001e600138','8574ce93-07e3-5120-9d19-0af086432af2','bb3c2233-f9ea-4116-81ae-6513cecb1cb1',0,1.0,20,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('2271762e-13d2-4ecc-8ca0-46a61c784c92','8574ce93-07e3-5120-9d19-0af086432af2','7a08bf52-2de0-4dc1-bf21-131c314913bb',1,0.5,12,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('67b1c229-8a34-4e2c-8fb4-25ec0783319c','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','bb3c2233-f9ea-4116-81ae-6513cecb1cb1',0,0.5,7,10,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('05afb89b-090c-4da7-a2c9-3761cc84f58f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','7a08bf52-2de0-4dc1-bf21-131c314913bb',1,0.5,11,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('e6c76200-f605-46fb-bfa2-4ac8eab17742','c07c4843-6950-558b-9889-04ddf180d6f7','bb3c2233-f9ea-4116-81ae-6513cecb1cb1',0,1.0,22,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('acb33167-10cc-472b-bebf-07f408ecd27c','c07c4843-6950-558b-9889-04ddf180d6f7','7a08bf52-2de0-4dc1-bf21-131c314913bb',1,1.0,20,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f24486e3-6011-4a49-80d2-eab9fdf3cfab','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','bb3c2233-f9ea-4116-81ae-6513cecb1cb1',0,1.0,15,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('05d7c245-1835-48fb-80e8-f0821021aba5','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','7a08bf52-2de0-4dc1-bf21-131c314913bb',1,1.0,16,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('1785b445-cf8a-4c32-a77f-051d26f9ec03','b5804b5b-29f6-4374-bd3f-9499a48276c1','93de14b4-5fa7-49d0-ad32-4c8509c34f20',0,0.5,9,1,'2026-11-22 11:24:02.575285');
CREATE TABLE consultant (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_consultant PRIMARY KEY (id), 
	CONSTRAINT fk_consultant_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE, 
	CONSTRAINT uq_consultant_team_id_name UNIQUE (team_id, name)
);
INSERT INTO "consultant" VALUES('029a1c39-d343-4f86-97c9-ce3a7de5d5bc','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Birgitte Holm','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('6828d46e-33b2-4445-8570-ad709db32180','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Kasper Løvgren','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('bb3c2233-f9ea-4116-81ae-6513cecb1cb1','9c58ee23-7594-5ac4-9b99-e3256c80906e','Birgitte Holm','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('7a08bf52-2de0-4dc1-bf21-131c314913bb','9c58ee23-7594-5ac4-9b99-e3256c80906e','Kasper Løvgren','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('61372f9c-700c-4b5b-80b5-bad69d01181b','c00e4c90-92bb-544e-958f-bbb480731b1f','Birgitte Holm','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('fa664cf9-334d-455a-951c-20863da8a5e8','c00e4c90-92bb-544e-958f-bbb480731b1f','Kasper Løvgren','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('4febb664-993a-4717-9dc3-8fa92594381a','c00e4c90-92bb-544e-958f-bbb480731b1f','Nanna Friis','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('0caf88ce-5439-447f-8039-3be02983c87d','c00e4c90-92bb-544e-958f-bbb480731b1f','Ørjan Dahl','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('80e5ddcb-398b-465a-982f-8d7397897d87','ea685656-96f2-593e-bce9-0b0a6cbb5390','Birgitte Holm','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('598ddbb3-92df-468d-b62f-261eec992fb0','ea685656-96f2-593e-bce9-0b0a6cbb5390','Kasper Løvgren','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('01791476-5867-4c4d-84db-f8e26e924bdb','ea685656-96f2-593e-bce9-0b0a6cbb5390','Nanna Friis','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "consultant" VALUES('93de14b4-5fa7-49d0-ad32-4c8509c34f20','43a64e20-c08d-4f43-9738-9477541185f4','Bo Ærø','2026-11-22 11:24:02.576805','2026-11-22 11:24:02.576808');
CREATE TABLE rating (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	element_id VARCHAR(32) NOT NULL, 
	principle_id VARCHAR(32) NOT NULL, 
	rating VARCHAR(16) NOT NULL, 
	note TEXT NOT NULL, 
	evidence JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_rating PRIMARY KEY (id), 
	CONSTRAINT fk_rating_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_rating_assessment_id_element_id UNIQUE (assessment_id, element_id)
);
INSERT INTO "rating" VALUES('a8b93670-9884-4d7a-bb16-899d7c38a961','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c3eb2948-75c4-4529-b247-47eddf0a2fc9','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('982407b3-7f70-4f6f-9d19-90e2a0a4bf70','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.1','P2','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4b1a0de0-c807-42d4-949a-fe8c58e55684','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d7cc1470-169f-4d17-a46f-5ed5affe1c9a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.1','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ef10b20a-2b5d-4323-b8c2-1559d89abd49','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b47671d9-eafc-4831-8939-38f525396664','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('caa46dac-bb65-472a-9d78-9892f1c8e1ed','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9b1b47d8-ee52-472e-9b70-626f4cdc1e6f','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('67abfb13-1285-4796-b7ee-d24df0be3f9b','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('dcdf4aee-520b-494f-b3a4-ceba20196089','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b9770aed-386c-4371-b706-e85d0dc89f04','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ec62414d-5f16-4b7d-a16f-42b1955e0394','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.1','P8','met','','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('bfa8e48c-0a44-47cb-a151-e8afcdfdf3d6','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3a780ff5-2527-427d-bf3d-900a18c7ffb3','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('3e1e985d-b58b-4e0c-9602-7dc5578de446','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('5f3b47b0-f406-45b4-8e77-4661a0857d51','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.1','P2','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('5fa0ce64-c9e0-4fbd-85e5-1e4f84a12738','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.2','P2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('b611b955-6645-40b7-a6b3-8149f9e91128','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('a3e81c96-6115-4cca-a567-a727bacc0265','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.2','P3','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9947edd1-0766-4ab2-8edb-cb6b71198f91','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.3','P3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7984ed5b-f614-474d-853d-6cdef4f1c2a5','ec438b0c-0647-559f-9d36-ff39a127ba64','P4.1','P4','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('5a522f75-d783-4e3d-92bf-e0ced5d5990d','ec438b0c-0647-559f-9d36-ff39a127ba64','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cd568276-ed3d-49f8-bd63-36a11d53d66d','ec438b0c-0647-559f-9d36-ff39a127ba64','P6.1','P6','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9a8ee978-76d4-4a4b-b733-2d1d10d93f58','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('69c41b5f-88f2-4530-aabb-2a14d3ff8207','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('58e9b9c1-864d-4ec2-ad3a-a17cb2d14fe4','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e425f848-ff1c-4eb4-9977-fc70046da539','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.2','P8','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d34922c2-1ea8-4e6d-988d-96fabbdbac97','86b7280e-71db-5570-837e-0bc9345f51d1','P1.1','P1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('bfc557c0-f37a-4425-a45d-b25305f1888d','86b7280e-71db-5570-837e-0bc9345f51d1','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b6af3122-5e7b-4987-9679-16581e7a8bd4','86b7280e-71db-5570-837e-0bc9345f51d1','P2.1','P2','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a537dd4d-7c97-4501-848b-a193f58a4860','86b7280e-71db-5570-837e-0bc9345f51d1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a2a5544a-fbf8-4b41-b834-2c00aec22bc4','86b7280e-71db-5570-837e-0bc9345f51d1','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7079e62d-17da-4df0-9199-34fdac06cd67','86b7280e-71db-5570-837e-0bc9345f51d1','P3.2','P3','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('c9783460-5026-4a49-b056-ed53374608bc','86b7280e-71db-5570-837e-0bc9345f51d1','P3.3','P3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2e870d8a-0ab2-4545-ac0c-0f6f689e997b','86b7280e-71db-5570-837e-0bc9345f51d1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('6cf099ed-c30e-44d3-ba6a-3a06b6030b5c','86b7280e-71db-5570-837e-0bc9345f51d1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('c5b9ae47-17e5-40b5-9510-3765febc018c','86b7280e-71db-5570-837e-0bc9345f51d1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('8d0dfe0f-ace3-492b-832a-3b64705d9e78','86b7280e-71db-5570-837e-0bc9345f51d1','P7.1','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a3a102f2-a8be-4ed6-a78a-4575f20c81d8','86b7280e-71db-5570-837e-0bc9345f51d1','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('8d85a172-a262-4a62-b796-30cc23bfa706','86b7280e-71db-5570-837e-0bc9345f51d1','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('bed436b3-8e6e-476b-bd2f-08c8f91bcad5','86b7280e-71db-5570-837e-0bc9345f51d1','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1e49374e-e5a8-4814-bbaf-524cb0e6e2ee','255f784d-1663-5b64-94df-c63d8dbdda24','P1.1','P1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7017fc12-27ec-4175-95b5-83fa99fd1b83','255f784d-1663-5b64-94df-c63d8dbdda24','P1.2','P1','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('60f72c5f-9cbf-41ab-934f-5f3ab0217f81','255f784d-1663-5b64-94df-c63d8dbdda24','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7d863426-bc8d-459c-b54f-0f6fd4565931','255f784d-1663-5b64-94df-c63d8dbdda24','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('17053057-1695-4c0e-9161-68515228bfb6','255f784d-1663-5b64-94df-c63d8dbdda24','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('0c47cc75-10a8-4852-b588-f76c48f3f869','255f784d-1663-5b64-94df-c63d8dbdda24','P3.2','P3','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('349d4b3e-2fd0-4279-9cc8-6ea7e99ef8dc','255f784d-1663-5b64-94df-c63d8dbdda24','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('15565d63-16ee-4551-951e-a558151d586b','255f784d-1663-5b64-94df-c63d8dbdda24','P4.1','P4','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('0759109b-2703-43b3-9c62-ce4ab60dd8cd','255f784d-1663-5b64-94df-c63d8dbdda24','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('e5ed5a1b-888e-4264-a047-aaa62d2798cc','255f784d-1663-5b64-94df-c63d8dbdda24','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('b6ba91a7-3fbc-4034-b7cd-7af80f7befb7','255f784d-1663-5b64-94df-c63d8dbdda24','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('008ee199-d794-4f22-8480-966325a2f1dd','255f784d-1663-5b64-94df-c63d8dbdda24','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('822bfd91-bcdb-4305-8fe0-8e680e8e45e6','255f784d-1663-5b64-94df-c63d8dbdda24','P8.1','P8','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a75edcde-24e3-4962-b8d4-a2ad0144cff4','255f784d-1663-5b64-94df-c63d8dbdda24','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('0997cd94-5144-41fb-adbe-91644feec5a7','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.1','P1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b16e8ca7-752d-4f77-821f-f34902e4f2af','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('038457d5-e8f2-4bab-939d-6d699e00d124','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.1','P2','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('fbaf9bc0-9a8d-4b7e-8142-7b11e27edd60','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('f8ed9d0c-c258-4e46-9e42-e618b65f9eee','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.1','P3','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('83fcc7a6-b258-46f3-933e-9e2bbf6b340c','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.2','P3','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('040076af-aed4-411c-be8f-3d7619fdd156','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.3','P3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2edd5671-f330-4bb5-bb17-c5ae8db5c8a7','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P4.1','P4','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2060d9a2-ef8a-4f53-b3ac-4ca1acf58361','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9488b906-d206-4e50-b6b5-f694928f2c11','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P6.1','P6','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c4f1a7af-980b-4b9c-bdf3-95f303694d61','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.1','P7','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d008d39e-0480-4b95-902e-4820ab1c8099','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('8495e991-f0fb-41d3-88e4-034ac41b62d2','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.1','P8','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b1c49209-eddf-40e0-976b-812bd1b9ea90','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.2','P8','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b2ee7dff-25e9-44fb-b377-86efc66712ac','3368faf5-1357-524b-97f1-d330d1a03474','P1.1','P1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ed0c4cf3-5a50-40d2-8209-091a140d950d','3368faf5-1357-524b-97f1-d330d1a03474','P1.2','P1','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('fbee1708-e613-467e-999b-bd87d5571f27','3368faf5-1357-524b-97f1-d330d1a03474','P2.1','P2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('fdae0d04-f90e-4ab8-9e5a-d2068ae0e103','3368faf5-1357-524b-97f1-d330d1a03474','P2.2','P2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('51922d16-d768-4ffb-bafd-5ce4b360925d','3368faf5-1357-524b-97f1-d330d1a03474','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('f18d9d00-4b46-4dc8-864a-061487809dfe','3368faf5-1357-524b-97f1-d330d1a03474','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('1e87b1a6-e866-4994-afcb-9aece10ee6c0','3368faf5-1357-524b-97f1-d330d1a03474','P3.3','P3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('89c75a65-7363-4833-be87-f94f6270f005','3368faf5-1357-524b-97f1-d330d1a03474','P4.1','P4','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('6da344ca-8541-4381-93dc-19b25d7097a9','3368faf5-1357-524b-97f1-d330d1a03474','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('eab2d0bd-f029-415b-8cbf-d5c3545a3c12','3368faf5-1357-524b-97f1-d330d1a03474','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('5de691e7-10bf-4de5-944f-7a0c25ceffd6','3368faf5-1357-524b-97f1-d330d1a03474','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('2d5cb965-1c69-4aa2-874a-17581976da01','3368faf5-1357-524b-97f1-d330d1a03474','P7.2','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('943344f0-c919-414c-acad-a3ae500d5823','3368faf5-1357-524b-97f1-d330d1a03474','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('52effb07-c2bb-4dd6-a643-a6433cd60a9f','3368faf5-1357-524b-97f1-d330d1a03474','P8.2','P8','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('597ce415-2b2a-48fb-8232-b045e9150c0f','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7ecc897f-38c6-4a80-9ad4-9fe909755789','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('090f48e3-55d0-4449-8376-b1aa55da745c','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.1','P2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a1c91673-ec7d-477a-9e3f-bac14e0582ae','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('45c37741-945a-43dd-a5b9-6df42e4caabe','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.1','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('67b069df-644f-4d85-891c-4a5db96c8f68','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.2','P3','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f4b13612-07af-49df-9e8c-51fe0a0cc1c1','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.3','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('712a6f3e-3878-4b8e-b5af-b1cfce146f05','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9ec46557-f8ec-4629-8e8f-4f354c186c6e','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P5.1','P5','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('aa9339e3-4124-487d-ae34-425d78345cc0','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P6.1','P6','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('50845f2e-f1fb-4640-9d46-5ef3da7c62b8','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9b5c8558-7f7d-450b-8f8e-f7824e903e10','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('243e8cef-c5ae-4d30-b5d4-3dc127865c35','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ecfe24d5-4e23-4ebb-90f9-e4c4beb6e6aa','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.2','P8','met','','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('746f139a-a3c2-4805-9d1b-a8155578ebdf','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.1','P1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('63b33670-7331-4f45-ad08-42e7b6b3c8a7','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.2','P1','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('541c6f47-c0e1-4074-bc0d-8fe106ecf8c7','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.1','P2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('4314fec3-a882-4a07-9cd2-bcd56a175f9d','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3f2b701f-1083-49bf-b6d8-fc74412c4577','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.1','P3','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1b5c79e8-5a6e-43a6-a94b-043ef2a5cbe1','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.2','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('761f4d89-83ef-49c7-9afc-90052c33f003','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7fd3e18d-b554-4cd1-96b5-d173a59862f5','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('db32d490-8702-48b5-9d9c-d82495e9f4fc','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P5.1','P5','met','','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('93779959-f9f8-4b1f-83b5-50928bdcfc14','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P6.1','P6','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('25bd3509-8815-46ec-84f3-868e51fe0ad5','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f1e23264-e355-45b4-894c-406f05eff0f6','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('fd314e9f-8154-4b9b-88c5-24f5dd1faae7','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('11c66401-bfcb-4cf2-9778-e86ca4f09a48','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.2','P8','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6abf9492-44f5-4d9e-82d8-12befbd4a87e','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.1','P1','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('094b6e29-7187-41be-bf09-9867da76d50c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.2','P1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('1bc278f9-545b-4a1a-a767-e3cf18d8c59e','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.1','P2','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e186537a-a2b4-490f-8e3a-3fa2624fd6da','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.2','P2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4fa08cff-1d25-4c37-b15f-3711a045f453','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.1','P3','met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c7317c43-3342-4d6e-9d66-89da6b6236e0','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4f4423a7-0284-43d9-9526-ae7acc0797ed','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.3','P3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4c501ceb-2fa2-4ecb-8c3c-e257ea7d0d0e','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P4.1','P4','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('98b2e3a4-c792-46cc-81f5-0a8bade09a08','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P5.1','P5','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('32a0deed-56c6-4d2c-8288-3fb0c29391ea','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P6.1','P6','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d5849d0d-29bc-4402-b0ff-b028a732dd21','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.1','P7','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b503627a-dbb3-4413-a01b-f405b3b6524c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('bf215202-f92e-4a7b-bc15-47e9b0094c1c','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.1','P8','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5c1d2be8-914c-43e9-8983-447c8c66960a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.2','P8','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c84172a6-e2bc-4591-9c7b-d59238aa5cdf','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.1','P1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cd1a3183-cade-4f87-ae86-0a2b29658430','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.2','P1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e36cab6b-a6af-4582-b4da-2e0df5a49669','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.1','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('6fbf1a6a-46fa-4e99-a133-1a0bcc219cde','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.2','P2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cde87187-2d76-4f2b-ada3-0954417b6946','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('af0d8120-9a3e-41f0-873b-a50df0515868','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.2','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('27355f61-d71e-4be5-928a-2778ebaa7859','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.3','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('15d1cd48-247f-47bf-9b1a-2716926f406d','109637b3-3f9f-5c7a-92bb-8644adddd03f','P4.1','P4','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('32005059-940b-455a-8308-4b84185c2f16','109637b3-3f9f-5c7a-92bb-8644adddd03f','P5.1','P5','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('70fc1e69-429e-4676-9561-009abc622f1b','109637b3-3f9f-5c7a-92bb-8644adddd03f','P6.1','P6','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0d9ef818-77fe-4e2e-ac1f-84a248d082bf','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.1','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('160fe679-e2e5-4124-8c65-f2913603a7fe','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.2','P7','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c06a999d-6160-49d7-ab7b-152eb14d5351','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('f4098179-ff86-4198-88b3-96426c94150c','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.2','P8','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e1451cdc-9946-4c84-bfff-61cbddee0ea8','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.1','P1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2dc18d78-5088-4539-a034-562d45c5b67b','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.2','P1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9a0a87cb-c8db-4f9d-bee6-3be9306f614e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.1','P2','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a92bc813-29d4-4d45-b981-575f1ae441f1','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('73d655cc-2647-43c0-986d-64b95b1d6dd7','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.1','P3','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1ffb8d8a-5a0b-4704-8a5f-8c625dad1ec8','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.2','P3','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('67e47c2f-2e22-42ca-b58f-9b96a4be73bb','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.3','P3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b104cd98-bca2-4286-8cc8-5006fd4bda9b','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1b199337-bd22-4bd7-89c8-95341ff43a51','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P5.1','P5','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7437ce1a-3b4f-43c8-9f06-43edc1276c3a','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P6.1','P6','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('65b9e764-4090-408e-8a1f-7371634726e1','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.1','P7','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('0b84d3f3-64e1-4219-a99e-44ed700ff4d0','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('dcc8c45a-c0f4-4bfb-ab0e-5d756990b8be','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('fdd85b48-0f55-4bf1-b9c2-cbc4e1be1fc2','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.2','P8','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('d888718b-4754-49a4-b020-392cb7f71082','3887911c-b9ba-567d-9584-390eb7984d00','P1.1','P1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('407631be-fe67-4da3-b4f1-766f422c7ce9','3887911c-b9ba-567d-9584-390eb7984d00','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('75fd8f04-5491-4764-b101-80f22a738130','3887911c-b9ba-567d-9584-390eb7984d00','P2.1','P2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('665cbf5e-12ec-415c-bc1a-f8397cfab718','3887911c-b9ba-567d-9584-390eb7984d00','P2.2','P2','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a79323ff-9259-4147-9f41-7540bc520fa8','3887911c-b9ba-567d-9584-390eb7984d00','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('17ba4abf-04ff-498a-8d72-437c0a595869','3887911c-b9ba-567d-9584-390eb7984d00','P3.2','P3','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('fa6bd929-670e-460e-b72f-eebabc52c17e','3887911c-b9ba-567d-9584-390eb7984d00','P3.3','P3','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('43e1ed72-6ef9-478a-b5ca-496884914a02','3887911c-b9ba-567d-9584-390eb7984d00','P4.1','P4','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1ce9c190-89d7-40d6-b608-2e5ae3223ed4','3887911c-b9ba-567d-9584-390eb7984d00','P5.1','P5','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('915fc527-9e64-4b65-aaa2-97af8c7c9f08','3887911c-b9ba-567d-9584-390eb7984d00','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('64f717bf-0f20-41a3-b4d0-7c1b5347eb7e','3887911c-b9ba-567d-9584-390eb7984d00','P7.1','P7','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('5a5215e7-2a5a-46df-82f7-c8366ac713a2','3887911c-b9ba-567d-9584-390eb7984d00','P7.2','P7','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8be6b071-b332-47d3-9f44-8c9dbac0c907','3887911c-b9ba-567d-9584-390eb7984d00','P8.1','P8','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('da8ba85e-566a-4dc9-b802-8d399c4ff4da','3887911c-b9ba-567d-9584-390eb7984d00','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9bed9e6a-9e7d-43d4-89bc-28e03010d6cc','8574ce93-07e3-5120-9d19-0af086432af2','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5d66d894-0365-4367-9871-4df0b4f2b936','8574ce93-07e3-5120-9d19-0af086432af2','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('18fc41dc-f5f8-4cf2-aa49-afaec735f29b','8574ce93-07e3-5120-9d19-0af086432af2','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('61d5d4e1-207a-4c87-9c04-123c9a2942cd','8574ce93-07e3-5120-9d19-0af086432af2','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('bc297ed5-b041-40ec-befd-ce733bc97985','8574ce93-07e3-5120-9d19-0af086432af2','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('0f82135a-1763-4529-9127-637c795a09f1','8574ce93-07e3-5120-9d19-0af086432af2','P3.2','P3','met','','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('26850f7f-83cb-4735-95d2-7d8ea5a3c92d','8574ce93-07e3-5120-9d19-0af086432af2','P3.3','P3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9caec991-9e74-4cc1-9411-1cfa691bfb70','8574ce93-07e3-5120-9d19-0af086432af2','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('1d3cb349-e9e3-4d6c-b153-8f7fca031989','8574ce93-07e3-5120-9d19-0af086432af2','P5.1','P5','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('59c4ca20-52ff-4916-8199-700fd073c95a','8574ce93-07e3-5120-9d19-0af086432af2','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5c9b09f2-4d3b-47c6-868b-257d37ddfafe','8574ce93-07e3-5120-9d19-0af086432af2','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('11f8b56e-78f5-4b84-9ecc-163f64226d3e','8574ce93-07e3-5120-9d19-0af086432af2','P7.2','P7','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('11a20569-ee15-4fd7-a4e6-4df2024cf32e','8574ce93-07e3-5120-9d19-0af086432af2','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('896f3f4f-47aa-4bbb-a0a0-ac7672c66b4c','8574ce93-07e3-5120-9d19-0af086432af2','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('a2d74f4b-17cc-4532-a078-80e210c44d8a','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ff2104f1-00da-421e-927e-17fe23661fed','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('1d1a550a-f98b-4850-b38b-608292adfb14','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.1','P2','met','','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('b58c4966-0cf5-44e7-bfa9-1744f1c67d3b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('17029f20-f90a-4345-a6a1-d3bfddb1d75a','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.1','P3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('40e5ad56-0a8f-4cbb-ace5-de57ed870283','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('bdca38ec-95e8-4103-a2d1-5e9f3e1d08f6','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('2e21b9b7-ca50-4725-8434-bd86187e1e53','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('79b6429a-f455-42ca-9667-fa4fba347c45','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('b3d7e628-bd66-4081-b865-e7a7066309a4','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9e1476bf-2a87-4155-9cb1-2a6c5028b7d7','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('a1f46206-6cee-48b5-a3ef-34702ee035da','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('01aec41b-bcb0-4d0e-a3d9-000025b6f550','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.1','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('402cad5c-7748-4cb0-91c4-8caddab076ad','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8e415b81-bb7e-4ef6-be96-b2e0c3b5eb0e','c07c4843-6950-558b-9889-04ddf180d6f7','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('fb66ca98-2387-40e7-8abf-99e08f236639','c07c4843-6950-558b-9889-04ddf180d6f7','P1.2','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a72b8cb9-169e-4c53-b422-33475c8c7ded','c07c4843-6950-558b-9889-04ddf180d6f7','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('8c9fad0a-17b0-496c-b575-e885ef6248c1','c07c4843-6950-558b-9889-04ddf180d6f7','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f5d7596d-2376-4a27-b7b7-f1efa9f0a825','c07c4843-6950-558b-9889-04ddf180d6f7','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('c2cf97d2-ed39-444f-9728-1af3e91da802','c07c4843-6950-558b-9889-04ddf180d6f7','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('02de759d-ede5-442d-b7ea-071e1089c2c8','c07c4843-6950-558b-9889-04ddf180d6f7','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('c3b2a4b9-fd93-46d3-8ee3-4a47c1521a0c','c07c4843-6950-558b-9889-04ddf180d6f7','P4.1','P4','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('fda7f521-f8db-4ab4-9de0-cc9b7c5668a6','c07c4843-6950-558b-9889-04ddf180d6f7','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f9e06532-1c87-4e78-a33f-eabb97ea5b40','c07c4843-6950-558b-9889-04ddf180d6f7','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('885e7063-9790-459f-8dd4-72e0d3033fe5','c07c4843-6950-558b-9889-04ddf180d6f7','P7.1','P7','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('725f25d8-12bc-4026-a38e-a91757a35ce2','c07c4843-6950-558b-9889-04ddf180d6f7','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a2f4743b-506f-43a1-ad1a-66c8e28ccf1f','c07c4843-6950-558b-9889-04ddf180d6f7','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4ddf1286-1991-4b31-83cd-4f29fddb55d3','c07c4843-6950-558b-9889-04ddf180d6f7','P8.2','P8','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('656bc76d-b74a-4d15-80ec-9e7db7f217ce','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.1','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8c12e1a9-0a81-4a37-a002-ef2799e941e3','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.2','P1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1e377aa5-6c63-4bf6-b822-bd8a741a397d','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f95a68e9-aa87-4d98-af4e-90848fba2a35','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('0f8a12a1-dec0-4f80-815d-5eae035918e2','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.1','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('efbceacb-eee9-4a14-a2e5-e5506d75b3c4','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.2','P3','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('ac5031cc-0ece-482d-ae77-31a2d2260006','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('b7d455da-b9cc-48ea-8fc3-a7712ab3d9f3','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P4.1','P4','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1c65cf5b-adb5-4157-977a-3a0411e5dce6','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('206800bc-6da7-478f-bf2e-0713e64b6b62','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P6.1','P6','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('4b3afaae-beb6-4f56-9e74-ded422959a39','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('453dbd65-48dd-4456-abdc-2492cf70f656','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('e903a84b-a74c-4cb6-8aa8-f6921126f4c1','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.1','P8','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f245d2e9-7521-4e4e-aaae-c1d67a979ccb','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.2','P8','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9ac9c3d8-af2e-483a-8030-0fd34f27cd66','b5804b5b-29f6-4374-bd3f-9499a48276c1','P1.1','P1','met','linje 1
linje 2 "citat"','[]','2026-11-22 11:24:02.568417');
CREATE TABLE team (
	id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	municipality VARCHAR(200) NOT NULL, 
	psychiatry VARCHAR(200) NOT NULL, 
	clinics TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_team PRIMARY KEY (id), 
	CONSTRAINT uq_team_name UNIQUE (name)
);
INSERT INTO "team" VALUES('3b02cd61-1b91-5865-9a7b-9e55ed9f2313','IPS Albertslund','Albertslund','Psykiatrisk Center Glostrup','F-ACT Nordstjernevej, OPUS H.J. Holstvej','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "team" VALUES('ea685656-96f2-593e-bce9-0b0a6cbb5390','IPS Frederiksberg','Frederiksberg','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "team" VALUES('c00e4c90-92bb-544e-958f-bbb480731b1f','IPS Hillerød','Hillerød','Psykiatrisk Center Nordsjælland','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "team" VALUES('9c58ee23-7594-5ac4-9b99-e3256c80906e','IPS Tårnby-Dragør','Tårnby','Psykiatrisk Center Amager','F-ACT og OPUS, Hans Bogbinders Allé','2026-11-22 11:24:02.547800','2026-11-22 11:24:02.547800');
INSERT INTO "team" VALUES('43a64e20-c08d-4f43-9738-9477541185f4','IPS "Ø" ''test''','Aabenraa','Psykiatrien Syd','a
b','2026-11-22 11:24:02.558715','2026-11-22 11:24:02.558721');
CREATE INDEX ix_assessment_team_id_period ON assessment (team_id, period);
CREATE INDEX ix_caseload_entry_assessment_id ON caseload_entry (assessment_id);
CREATE INDEX ix_caseload_entry_consultant_id ON caseload_entry (consultant_id);
COMMIT;
